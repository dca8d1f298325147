using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>
/// <c>conflictRegion:{key}</c>: content tagged with any country of that (published) conflict region, or
/// picking the region itself.
/// </summary>
internal sealed class ConflictRegionFilter(FacetAliases facets) : IContentFilterHandler
{
    private const string Prefix = "conflictRegion:";
    private const string RegionType = "conflictRegion";

    public string Syntax => "conflictRegion:{conflictRegion id}[,…]";

    public string Description => "Content tagged with any country of the conflict region (e.g. the Sahel), or linked to the region.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var keys = new List<Guid>();
        foreach (var value in values)
        {
            if (!Guid.TryParse(value, out var key))
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a conflict region id (a GUID).");
            }

            keys.Add(key);
        }

        var db = context.Db;
        var culture = context.Culture;
        var countryAliases = facets.Countries.ToList();
        // Facet rows exist only for live documents, so an unpublished or trashed region contributes no countries.
        var regionCountries = db.DocumentFacets
            .Where(f => countryAliases.Contains(f.Alias)
                && db.Documents.Any(d => d.Id == f.DocumentId && d.ContentType == RegionType && keys.Contains(d.Key)))
            .Select(f => f.Value);
        var keyStrings = keys.Select(k => k.ToString()).ToList();
        var predicate = Predicates.Or([
            c => db.DocumentFacets.Any(f => f.DocumentId == c.Document.Id
                && countryAliases.Contains(f.Alias)
                && (f.Culture == culture || f.Culture == VersionData.Invariant)
                && regionCountries.Contains(f.Value)),
            FacetPredicates.AnyValue(context, facets.PickersOf(RegionType), keyStrings),
        ]);
        return FilterResult.Ok(FacetPredicates.Apply(query, predicate, negated));
    }
}
