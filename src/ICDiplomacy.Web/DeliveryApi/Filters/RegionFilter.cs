using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>
/// <c>region:Africa</c>, <c>region:002</c> or a sub-region (<c>region:Western Africa</c>, <c>region:011</c>):
/// content tagged with the region itself or with any country in it.
/// </summary>
internal sealed class RegionFilter(CountryCatalog countries, FacetAliases facets) : IContentFilterHandler
{
    private const string Prefix = "region:";

    public string Syntax => "region:{M49 region or sub-region, name or code}[,…]";

    public string Description => "Content tagged with the UN M49 region or sub-region (e.g. Africa, 002, Western Africa, 011) or with any country in it.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var regionNames = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (CountryCatalog.TryParseRegion(value, out var region))
            {
                regionNames.Add(region.ToString());
                codes.UnionWith(countries.InRegion(region).Select(c => c.Alpha2));
            }
            else if (countries.InSubRegion(value) is { Count: > 0 } members)
            {
                codes.UnionWith(members.Select(c => c.Alpha2));
            }
            else
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a UN M49 region or sub-region (name or code).");
            }
        }

        var predicate = Predicates.Or([
            FacetPredicates.AnyValue(context, facets.Regions, regionNames),
            FacetPredicates.AnyValue(context, facets.Countries, codes.Order(StringComparer.Ordinal).ToList()),
        ]);
        return FilterResult.Ok(FacetPredicates.Apply(query, predicate, negated));
    }
}
