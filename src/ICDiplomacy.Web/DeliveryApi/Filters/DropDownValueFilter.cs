using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary><c>reportType:policyBrief</c>: a facet drop-down equals one of the values.</summary>
internal sealed class DropDownValueFilter(string alias, FacetAliases facets) : IContentFilterHandler
{
    private readonly string _prefix = alias + ":";

    public string Syntax => $"{alias}:{{value}}[,…]";

    public string Description => $"Content whose '{alias}' is any of: {string.Join(", ", facets.DropDownItems(alias))}.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, _prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (canonical, negated, error) = Parse(filter);
        return error is not null ? FilterResult.Invalid(error)
            : canonical.Count == 0 ? FilterResult.Ok(query)
            : FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, [alias], canonical), negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (canonical, negated, error) = Parse(filter);
        return error is not null ? IndexFilterResult.Invalid(error)
            : IndexFilterResult.Ok(canonical.Count == 0 ? null : IndexQueries.Apply(IndexQueries.AnyFacet([alias], canonical), negated));
    }

    private (List<string> Values, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, _prefix.Length);
        if (values.Count == 0)
        {
            return ([], negated, null);
        }

        var items = facets.DropDownItems(alias);
        var canonical = new List<string>();
        foreach (var value in values)
        {
            var item = items.FirstOrDefault(i => string.Equals(i, value, StringComparison.OrdinalIgnoreCase));
            if (item is null)
            {
                return ([], negated, $"'{DateFilter.Shorten(value)}' is not a {alias}; use one of: {string.Join(", ", items)}.");
            }

            canonical.Add(item);
        }

        return (canonical, negated, null);
    }
}
