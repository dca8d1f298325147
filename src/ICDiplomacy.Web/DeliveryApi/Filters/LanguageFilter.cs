using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>
/// <c>language:fr</c>: content available in that language — a culture-variant document published (or, in
/// preview, named) in it — or whose original language it is.
/// </summary>
internal sealed class LanguageFilter(CultureSettings cultures, FacetAliases facets) : IContentFilterHandler
{
    private const string Prefix = "language:";

    public string Syntax => "language:{culture}[,…]";

    public string Description => $"Content available in any of the languages ({string.Join(", ", cultures.Cultures)}), or originally written in it.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (languages, negated, error) = Parse(filter);
        if (error is not null)
        {
            return FilterResult.Invalid(error);
        }

        if (languages.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var db = context.Db;
        var variantTypes = facets.VariantTypes.ToList();
        var original = FacetPredicates.AnyValue(context, facets.Languages, languages);
        var available = context.Preview
            ? Predicates.Or<ContentCandidate>([c => variantTypes.Contains(c.Document.ContentType) && db.DocumentVariants.Any(v => v.DocumentId == c.Document.Id && languages.Contains(v.Culture) && v.Culture != VersionData.Invariant)])
            : Predicates.Or<ContentCandidate>([c => variantTypes.Contains(c.Document.ContentType) && db.DocumentUrls.Any(u => u.DocumentId == c.Document.Id && languages.Contains(u.Culture))]);
        return FilterResult.Ok(FacetPredicates.Apply(query, Predicates.Or([available, original]), negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (languages, negated, error) = Parse(filter);
        if (error is not null)
        {
            return IndexFilterResult.Invalid(error);
        }

        if (languages.Count == 0)
        {
            return IndexFilterResult.Ok(null);
        }

        var available = new BooleanQuery
        {
            { IndexQueries.AnyOf([DeliveryIndexFields.ContentType], facets.VariantTypes.ToList()), Occur.MUST },
            { IndexQueries.AnyOf([DeliveryIndexFields.RouteCultures], languages), Occur.MUST },
        };
        return IndexFilterResult.Ok(IndexQueries.Apply(IndexQueries.Or(available, IndexQueries.AnyFacet(facets.Languages, languages)), negated));
    }

    private (List<string> Languages, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        var languages = new List<string>();
        foreach (var value in values)
        {
            if (cultures.Normalize(value) is not { } culture)
            {
                return ([], negated, $"'{DateFilter.Shorten(value)}' is not one of the site's languages ({string.Join(", ", cultures.Cultures)}).");
            }

            languages.Add(culture);
        }

        return (languages, negated, null);
    }
}
