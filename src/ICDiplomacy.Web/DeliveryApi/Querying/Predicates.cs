using System.Linq.Expressions;

namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>Combines predicates over one parameter, for filters that OR a list of values.</summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> Or<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates)
    {
        if (predicates.Count == 0)
        {
            return _ => false;
        }

        var parameter = predicates[0].Parameters[0];
        var body = predicates[0].Body;
        for (var i = 1; i < predicates.Count; i++)
        {
            body = Expression.OrElse(body, new Rebind(predicates[i].Parameters[0], parameter).Visit(predicates[i].Body));
        }

        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
