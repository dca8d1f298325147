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
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var codes = new List<string>();
        foreach (var value in values)
        {
            if (countries.Find(value) is not { } country)
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not an ISO 3166-1 alpha-2 country code.");
            }

            codes.Add(country.Alpha2);
        }

        return FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, facets.Countries, codes), negated));
    }
}
