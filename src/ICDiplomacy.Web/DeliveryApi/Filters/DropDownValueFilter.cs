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
        var (values, negated) = FilterValues.Split(filter, _prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var items = facets.DropDownItems(alias);
        var canonical = new List<string>();
        foreach (var value in values)
        {
            var item = items.FirstOrDefault(i => string.Equals(i, value, StringComparison.OrdinalIgnoreCase));
            if (item is null)
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a {alias}; use one of: {string.Join(", ", items)}.");
            }

            canonical.Add(item);
        }

        return FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, [alias], canonical), negated));
    }
}
