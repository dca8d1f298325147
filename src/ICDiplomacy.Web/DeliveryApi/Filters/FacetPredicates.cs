using System.Linq.Expressions;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

internal static class FacetPredicates
{
    /// <summary>The candidate has a live value in one of <paramref name="aliases"/> equal to one of <paramref name="values"/>.</summary>
    public static Expression<Func<ContentCandidate, bool>> AnyValue(ContentFilterContext context, IReadOnlyList<string> aliases, IReadOnlyList<string> values)
    {
        var db = context.Db;
        var culture = context.Culture;
        var aliasList = aliases.ToList();
        var valueList = values.ToList();
        // "Id IN (SELECT DocumentId …)" rather than a correlated EXISTS: the (Alias, Value) index builds the
        // matching set once instead of probing the facets of every candidate.
        var matching = db.DocumentFacets
            .Where(f => aliasList.Contains(f.Alias) && valueList.Contains(f.Value) && (f.Culture == culture || f.Culture == VersionData.Invariant))
            .Select(f => f.DocumentId);
        return c => matching.Contains(c.Document.Id);
    }

    public static IQueryable<ContentCandidate> Apply(IQueryable<ContentCandidate> query, Expression<Func<ContentCandidate, bool>> predicate, bool negated) =>
        query.Where(negated ? Predicates.Not(predicate) : predicate);
}
