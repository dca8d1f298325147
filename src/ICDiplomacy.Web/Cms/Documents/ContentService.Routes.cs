using ICDiplomacy.Web.Cms.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.Documents;

public sealed partial class ContentService
{
    /// <summary>
    /// Brings the published routes of <paramref name="top"/> (and, when its routes changed, of its published
    /// descendants) in line with the tree, recording redirects for every route that moved. Runs inside the
    /// caller's transaction after the document rows were saved.
    /// </summary>
    /// <remarks>
    /// A document has a route in a culture only while it and every ancestor are published in that culture (and
    /// none is in the recycle bin), as Umbraco's published cache holds a node only then. So unpublishing (or
    /// moving) an ancestor takes the routes of its published descendants away, and publishing it again gives them
    /// back, each with its own last publish date: the editor did not republish them.
    /// </remarks>
    private async Task<List<ContentValidationError>> RecomputeRoutesAsync(Document top, CancellationToken ct)
    {
        var errors = new List<ContentValidationError>();
        var rootId = RootIdOf(top.Path);
        Dictionary<string, string>? parentRoutes = top.ParentId is { } pid
            ? await db.DocumentUrls.AsNoTracking().Where(u => u.DocumentId == pid).ToDictionaryAsync(u => u.Culture, u => u.Route, ct)
            : null;

        var (topNew, _) = await ComputeRoutesAsync(top, parentRoutes, ct);
        var topOld = await db.DocumentUrls.Where(u => u.DocumentId == top.Id).ToListAsync(ct);
        // A move to another root can keep the route text ("/about/") while every route of the branch changes root.
        var topChanged = topOld.Count != topNew.Count || topOld.Any(o => !topNew.TryGetValue(o.Culture, out var n) || n.Route != o.Route || o.RootId != rootId);

        var plan = new Dictionary<long, (Document Doc, Dictionary<string, (string Route, string Segment, string Name)> Routes, DateTime? PublishedUtc)> { [top.Id] = (top, topNew, null) };
        // A leaf has no descendants to re-route: one indexed lookup instead of a path-prefix scan.
        if (topChanged && await db.Documents.AnyAsync(d => d.ParentId == top.Id, ct))
        {
            var prefix = top.Path + ",";
            var descendants = await db.Documents.Where(d => d.Path.StartsWith(prefix) && !d.Trashed).OrderBy(d => d.Level).ThenBy(d => d.SortOrder).ToListAsync(ct);
            var routesById = new Dictionary<long, Dictionary<string, string>> { [top.Id] = topNew.ToDictionary(kv => kv.Key, kv => kv.Value.Route) };
            foreach (var d in descendants)
            {
                var parentMap = d.ParentId is { } p && routesById.TryGetValue(p, out var pr) ? pr : [];
                var (routes, publishedUtc) = d.PublishedVersion is null ? ([], null) : await ComputeRoutesAsync(d, parentMap, ct);
                routesById[d.Id] = routes.ToDictionary(kv => kv.Key, kv => kv.Value.Route);
                plan[d.Id] = (d, routes, publishedUtc);
            }
        }

        var ids = plan.Keys.ToList();
        var existing = topChanged
            ? await db.DocumentUrls.Where(u => ids.Contains(u.DocumentId)).ToListAsync(ct)
            : topOld;

        var newRoutes = plan.Values.SelectMany(p => p.Routes.Values.Select(r => r.Route)).Distinct().ToList();
        var routeCultures = plan.Values.SelectMany(p => p.Routes.Keys).Distinct().ToList();
        // Culture is named so the (RootId, Culture, Route) index is used all the way down.
        var clashes = newRoutes.Count == 0 ? [] : await db.DocumentUrls.AsNoTracking()
            .Where(u => u.RootId == rootId && routeCultures.Contains(u.Culture) && newRoutes.Contains(u.Route) && !ids.Contains(u.DocumentId))
            .Select(u => new { u.Culture, u.Route })
            .ToListAsync(ct);
        foreach (var (_, (doc, routes, _)) in plan)
        {
            foreach (var (culture, r) in routes)
            {
                if (clashes.Any(c => c.Culture == culture && c.Route == r.Route))
                {
                    errors.Add(new("segment", culture, $"The URL '{r.Route}' is already used by another published document."));
                }
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = Now;
        var trackRedirects = !options.Value.DisableRedirectUrlTracking;
        foreach (var (id, (doc, routes, publishedUtc)) in plan)
        {
            var old = existing.Where(u => u.DocumentId == id).ToList();
            var changed = false;
            foreach (var row in old)
            {
                if (!routes.TryGetValue(row.Culture, out var r))
                {
                    db.DocumentUrls.Remove(row);
                    changed = true;
                    continue;
                }

                if (row.Route != r.Route || row.RootId != rootId)
                {
                    if (trackRedirects)
                    {
                        db.RedirectUrls.Add(new RedirectUrl { DocumentKey = doc.Key, RootId = row.RootId, Culture = row.Culture, Route = row.Route, CreatedUtc = now });
                    }

                    row.Route = r.Route;
                    changed = true;
                }

                row.Segment = r.Segment;
                row.Name = r.Name;
                row.RootId = rootId;
                if (id == top.Id)
                {
                    row.PublishDate = now;
                }
            }

            foreach (var (culture, r) in routes.Where(kv => old.All(o => o.Culture != kv.Key)))
            {
                // A descendant routed again because an ancestor was published (or moved) keeps the date of its own last publish.
                var publishDate = id == top.Id ? now : publishedUtc ?? now;
                db.DocumentUrls.Add(new DocumentUrl { DocumentId = id, RootId = rootId, Culture = culture, Route = r.Route, Segment = r.Segment, Name = r.Name, PublishDate = publishDate });
                changed = true;
            }

            if (changed && id != top.Id)
            {
                AddOutbox(ContentEvents.Refreshed, doc, null);
            }
        }

        if (newRoutes.Count > 0)
        {
            // A route that is live again must not be shadowed by an old redirect.
            await db.RedirectUrls.Where(r => r.RootId == rootId && routeCultures.Contains(r.Culture) && newRoutes.Contains(r.Route)).ExecuteDeleteAsync(ct);
        }

        return errors;
    }

    /// <summary>The routes of a published document below routes of its parent (null for a root), and when its published version was made.</summary>
    private async Task<(Dictionary<string, (string Route, string Segment, string Name)> Routes, DateTime? PublishedUtc)> ComputeRoutesAsync(Document doc, Dictionary<string, string>? parentRoutes, CancellationToken ct)
    {
        var result = new Dictionary<string, (string, string, string)>(StringComparer.OrdinalIgnoreCase);
        if (doc.PublishedVersion is not { } pv || doc.Trashed)
        {
            return (result, null);
        }

        var type = schema.Get(doc.ContentType);
        var version = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == doc.Id && v.Number == pv).Select(v => new { v.Data, v.CreatedUtc }).FirstAsync(ct);
        var data = VersionData.Deserialize(version.Data);
        var live = SplitCultures(doc.PublishedCultures);

        foreach (var culture in cultures.Cultures)
        {
            var storage = type.VariesByCulture ? culture : VersionData.Invariant;
            if (type.VariesByCulture && !live.Contains(culture))
            {
                continue;
            }

            if (!data.Names.TryGetValue(storage, out var name) || !data.Segments.TryGetValue(storage, out var segment))
            {
                continue;
            }

            if (parentRoutes is null)
            {
                result[culture] = ("/", segment, name);
            }
            else if (parentRoutes.TryGetValue(culture, out var parentRoute))
            {
                result[culture] = (parentRoute + segment + "/", segment, name);
            }
        }

        return (result, version.CreatedUtc);
    }

    internal static long RootIdOf(string path)
    {
        // "-1,12,45" → 12; a root's own path "-1,12" → 12.
        var parts = path.Split(',');
        return parts.Length > 1 && long.TryParse(parts[1], out var id) ? id : 0;
    }
}
