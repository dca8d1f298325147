using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary><c>country:NG</c>: content tagged with the country (ISO 3166-1 alpha-2).</summary>
internal sealed class CountryFilter(CountryCatalog countries, FacetAliases facets) : IContentFilterHandler
{
    private const string Prefix = "country:";

    public string Syntax => "country:{ISO 3166-1 alpha-2}[,…]";

    public string Description => "Content tagged with any of the countries (e.g. NG, AM, AZ).";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (codes, negated, error) = Parse(filter);
        return error is not null ? FilterResult.Invalid(error)
            : codes.Count == 0 ? FilterResult.Ok(query)
            : FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, facets.Countries, codes), negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (codes, negated, error) = Parse(filter);
        return error is not null ? IndexFilterResult.Invalid(error)
            : IndexFilterResult.Ok(codes.Count == 0 ? null : IndexQueries.Apply(IndexQueries.AnyFacet(facets.Countries, codes), negated));
    }

    private (List<string> Codes, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        var codes = new List<string>();
        foreach (var value in values)
        {
            if (countries.Find(value) is not { } country)
            {
                return ([], negated, $"'{DateFilter.Shorten(value)}' is not an ISO 3166-1 alpha-2 country code.");
            }

            codes.Add(country.Alpha2);
        }

        return (codes, negated, null);
    }
}
