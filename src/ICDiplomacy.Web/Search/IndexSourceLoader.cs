using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Search;

/// <summary>Reads items from the content store in batches, as each index should see them.</summary>
public sealed class IndexSourceLoader(ContentSchema schema, CultureSettings cultures, PublicAccessRules publicAccess)
{
    /// <summary>What both indexes need for a batch of documents: two versions and the routes, in three queries.</summary>
    public async Task<IReadOnlyList<(Document Document, IndexSource? External, IndexSource Internal)>> LoadAsync(
        CmsDbContext db, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var ids = documents.Select(d => d.Id).ToList();
        var versions = await db.DocumentVersions.AsNoTracking()
            .Join(db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)), v => v.DocumentId, d => d.Id, (v, d) => new { v, d })
            .Where(x => x.v.Number == x.d.LatestVersion || x.v.Number == x.d.PublishedVersion)
            .Select(x => new { x.v.DocumentId, x.v.Number, x.v.Data })
            .ToListAsync(ct);
        var urls = await db.DocumentUrls.AsNoTracking().Where(u => ids.Contains(u.DocumentId))
            .Select(u => new { u.DocumentId, u.Culture, u.Route })
            .ToListAsync(ct);
        var protection = await publicAccess.GetAsync(db, ct);
        var versionsByDocument = versions.ToLookup(v => v.DocumentId);
        var urlsByDocument = urls.ToLookup(u => u.DocumentId);

        var result = new List<(Document, IndexSource?, IndexSource)>(documents.Count);
        foreach (var document in documents)
        {
            var type = schema.Find(document.ContentType);
            var latestJson = versionsByDocument[document.Id].FirstOrDefault(v => v.Number == document.LatestVersion)?.Data;
            if (type is null || latestJson is null)
            {
                continue;
            }

            var published = ContentService.SplitCultures(document.PublishedCultures);
            var latest = VersionData.Deserialize(latestJson);
            var internalCultures = type.VariesByCulture
                ? Ordered(latest.Names.Keys.Where(c => c != VersionData.Invariant))
                : [SearchFields.InvariantCulture];
            if (internalCultures.Count == 0)
            {
                internalCultures = [cultures.Default];
            }

            var internalSource = new IndexSource(document, latest, internalCultures, new Dictionary<string, string>(), published);

            IndexSource? externalSource = null;
            var publishedJson = document.PublishedVersion is { } pv ? versionsByDocument[document.Id].FirstOrDefault(v => v.Number == pv)?.Data : null;
            // Umbraco's ExternalIndex leaves protected content out; the internal (backoffice) index keeps it.
            if (!document.Trashed && publishedJson is not null && !protection.IsProtected(document.Path))
            {
                var routes = urlsByDocument[document.Id].ToDictionary(u => u.Culture, u => u.Route, StringComparer.OrdinalIgnoreCase);
                var externalCultures = type.VariesByCulture
                    ? Ordered(published.Where(routes.ContainsKey))
                    : routes.Count > 0 ? [SearchFields.InvariantCulture] : [];
                if (externalCultures.Count > 0)
                {
                    var live = document.PublishedVersion == document.LatestVersion ? latest : VersionData.Deserialize(publishedJson);
                    externalSource = new IndexSource(document, live, externalCultures, routes, published);
                }
            }

            result.Add((document, externalSource, internalSource));
        }

        return result;
    }

    /// <summary>How many items the external index should hold (published, not trashed, routable, not protected, of a known type).</summary>
    public async Task<int> CountExternalAsync(CmsDbContext db, CancellationToken ct)
    {
        var aliases = schema.ContentTypes.Where(t => !t.IsElement).Select(t => t.Alias).ToList();
        var protection = await publicAccess.GetAsync(db, ct);
        var query = db.Documents.AsNoTracking()
            .Where(d => !d.Trashed && d.PublishedVersion != null && aliases.Contains(d.ContentType) && db.DocumentUrls.Any(u => u.DocumentId == d.Id));
        return await PublicAccessSnapshot.ExcludeBranches(query, d => d.Path, protection.HiddenFrom(member: null)).CountAsync(ct);
    }

    /// <summary>How many items the internal index should hold (every document of a known type).</summary>
    public Task<int> CountInternalAsync(CmsDbContext db, CancellationToken ct)
    {
        var aliases = schema.ContentTypes.Where(t => !t.IsElement).Select(t => t.Alias).ToList();
        return db.Documents.AsNoTracking().Where(d => aliases.Contains(d.ContentType)).CountAsync(ct);
    }

    /// <summary>Concrete cultures, the default one first so it carries the item marker.</summary>
    private List<string> Ordered(IEnumerable<string> list) =>
        list.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)
            .OrderBy(c => c == cultures.Default ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal).ToList();
}
