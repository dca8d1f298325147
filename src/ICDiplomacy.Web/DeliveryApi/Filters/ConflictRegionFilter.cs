using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
        var (keys, negated, error) = Parse(filter);
        if (error is not null)
        {
            return FilterResult.Invalid(error);
        }

        if (keys.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var db = context.Db;
        var culture = context.Culture;
        var countryAliases = facets.Countries.ToList();
        // Facet rows exist only for published documents, so an unpublished or trashed region contributes no
        // countries; nor does a published one below an unpublished ancestor (no route), which the index leaves out too.
        var regionCountries = db.DocumentFacets
            .Where(f => countryAliases.Contains(f.Alias)
                && db.Documents.Any(d => d.Id == f.DocumentId && d.ContentType == RegionType && keys.Contains(d.Key))
                && db.DocumentUrls.Any(u => u.DocumentId == f.DocumentId))
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

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (keys, negated, error) = Parse(filter);
        if (error is not null)
        {
            return IndexFilterResult.Invalid(error);
        }

        if (keys.Count == 0)
        {
            return IndexFilterResult.Ok(null);
        }

        // The regions' countries come from their facet values in any culture. A region the index does not hold
        // (not published, or below an unpublished ancestor) is left to the SQL path, which finds no countries for it either.
        var countryAliases = facets.Countries;
        var regionCountries = new SortedSet<string>(StringComparer.Ordinal);
        var found = context.Index.Search(searcher =>
        {
            foreach (var key in keys)
            {
                var lookup = new BooleanQuery
                {
                    { new TermQuery(new Term(DeliveryIndexFields.Key, DeliveryIndexFields.KeyText(key))), Occur.MUST },
                    { new TermQuery(new Term(DeliveryIndexFields.ContentType, RegionType)), Occur.MUST },
                };
                var hits = searcher.Search(lookup, 1);
                if (hits.ScoreDocs.Length == 0)
                {
                    return false;
                }

                var stored = searcher.Doc(hits.ScoreDocs[0].Doc);
                foreach (var alias in countryAliases)
                {
                    regionCountries.UnionWith(stored.GetValues(DeliveryIndexFields.FacetAnyCulture(alias)));
                }
            }

            return true;
        });
        if (!found)
        {
            return IndexFilterResult.Unsupported;
        }

        var keyStrings = keys.Select(k => k.ToString()).ToList();
        var query = IndexQueries.Or(IndexQueries.AnyFacet(countryAliases, regionCountries), IndexQueries.AnyFacet(facets.PickersOf(RegionType), keyStrings));
        return IndexFilterResult.Ok(IndexQueries.Apply(query, negated));
    }

    private static (List<Guid> Keys, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        var keys = new List<Guid>();
        foreach (var value in values)
        {
            if (!Guid.TryParse(value, out var key))
            {
                return ([], negated, $"'{DateFilter.Shorten(value)}' is not a conflict region id (a GUID).");
            }

            keys.Add(key);
        }

        return (keys, negated, null);
    }
}
