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
        var (regionNames, codes, negated, error) = Parse(filter);
        if (error is not null)
        {
            return FilterResult.Invalid(error);
        }

        if (regionNames.Count == 0 && codes.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var predicate = Predicates.Or([
            FacetPredicates.AnyValue(context, facets.Regions, regionNames),
            FacetPredicates.AnyValue(context, facets.Countries, codes),
        ]);
        return FilterResult.Ok(FacetPredicates.Apply(query, predicate, negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (regionNames, codes, negated, error) = Parse(filter);
        if (error is not null)
        {
            return IndexFilterResult.Invalid(error);
        }

        if (regionNames.Count == 0 && codes.Count == 0)
        {
            return IndexFilterResult.Ok(null);
        }

        var query = IndexQueries.Or(IndexQueries.AnyFacet(facets.Regions, regionNames), IndexQueries.AnyFacet(facets.Countries, codes));
        return IndexFilterResult.Ok(IndexQueries.Apply(query, negated));
    }

    private (List<string> RegionNames, List<string> Codes, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
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
                return ([], [], negated, $"'{DateFilter.Shorten(value)}' is not a UN M49 region or sub-region (name or code).");
            }
        }

        return (regionNames, codes.Order(StringComparer.Ordinal).ToList(), negated, null);
    }
}
