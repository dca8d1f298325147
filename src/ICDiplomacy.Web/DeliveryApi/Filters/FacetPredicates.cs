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
        // A correlated EXISTS, probed through the DocumentId index: a list sorted by date walks the route
        // index in order and stops at the page, probing only the rows it passes. (An "IN (SELECT …)" set
        // would be built from every matching facet row on every request.)
        return c => db.DocumentFacets.Any(f => f.DocumentId == c.Document.Id
            && aliasList.Contains(f.Alias)
            && valueList.Contains(f.Value)
            && (f.Culture == culture || f.Culture == VersionData.Invariant));
    }

    public static IQueryable<ContentCandidate> Apply(IQueryable<ContentCandidate> query, Expression<Func<ContentCandidate, bool>> predicate, bool negated) =>
        query.Where(negated ? Predicates.Not(predicate) : predicate);
}
