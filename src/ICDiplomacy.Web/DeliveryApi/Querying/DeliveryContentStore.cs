using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.Filters;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>
/// Reads what the Delivery API may show: published (or, in preview, latest) documents of allowed types,
/// routable in the requested culture and not in the recycle bin. A document has a route only while every ancestor
/// is published in that culture too (see <see cref="DocumentUrl"/>), so a published document below an unpublished
/// ancestor is absent, as from Umbraco's published cache. Every read goes through
/// <see cref="Visible"/>, so the same rule applies to requested, listed, picked and expanded items. Protected
/// items (public access) are visible to the item endpoints, which answer 401/403 for them through
/// <see cref="AccessAsync"/>, and left out of everything else: query results, pickers and expansions.
/// </summary>
public sealed class DeliveryContentStore(
    CmsDbContext db,
    IOptions<DeliveryApiOptions> options,
    IEnumerable<IContentFilterHandler> filterHandlers,
    QueryCountCache counts,
    DeliveryCacheGeneration generation,
    PublicAccessRules publicAccess,
    IndexedContentQuery indexed,
    DeliveryContentIndex deliveryIndex,
    OutboxHeadReader outboxHead)
{
    private const string PreviewPrefix = "/preview-";
    private const int MaxOptions = 20;
    private static readonly TimeSpan IndexCatchUpTimeout = TimeSpan.FromSeconds(2);

    private sealed record PageRow(long Id, Guid Key, string ContentType, string Path, int Level, DateTime CreateDate, DateTime UpdateDate, string Name, string? Data, string RouteCulture, string Route, Guid RootKey, string? RootSegment);

    /// <summary>
    /// EF Core binds a compiled query to the first model it runs against, and a process can hold more than one
    /// (SQLite and PostgreSQL contexts side by side in the tests, or two hosts), so each model gets its own set.
    /// </summary>
    private static readonly ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, CompiledQueries> Compiled = new();

    private CompiledQueries Queries => Compiled.GetValue(db.Model, static _ => new CompiledQueries());

    private sealed class CompiledQueries
    {
        /// <summary>
        /// Visible (published, routable in the culture, not trashed) + Project(includeData) for a page of ids, without the
        /// type rule, as flat rows (one per route of each document; the version JSON on the requested culture's row only):
        /// materialising a nested collection per document cost more than the statement itself.
        /// </summary>
        public readonly Func<CmsDbContext, long[], string, IAsyncEnumerable<PageRow>> PublishedByIds =
            EF.CompileAsyncQuery((CmsDbContext db, long[] ids, string culture) =>
                from u in db.DocumentUrls
                where u.Culture == culture
                join d in db.Documents on u.DocumentId equals d.Id
                where !d.Trashed && d.PublishedVersion != null && ids.Contains(d.Id)
                join r in db.DocumentUrls on d.Id equals r.DocumentId
                select new PageRow(
                    d.Id,
                    d.Key,
                    d.ContentType,
                    d.Path,
                    d.Level,
                    d.CreateDate,
                    u.PublishDate,
                    u.Name,
                    r.Culture == culture ? db.DocumentVersions.Where(v => v.DocumentId == d.Id && v.Number == d.PublishedVersion).Select(v => v.Data).FirstOrDefault() : null,
                    r.Culture,
                    r.Route,
                    db.Documents.Where(x => x.Id == r.RootId).Select(x => x.Key).FirstOrDefault(),
                    db.DocumentUrls.Where(x => x.DocumentId == r.RootId && x.Culture == r.Culture).Select(x => x.Segment).FirstOrDefault()));

        /// <summary>Visible (published, routable in the culture, not trashed) + Project(includeData) for one key, without the type rule.</summary>
        public readonly Func<CmsDbContext, Guid, string, CancellationToken, Task<ContentRow?>> PublishedByKey =
            EF.CompileAsyncQuery((CmsDbContext db, Guid key, string culture, CancellationToken _) =>
                (from u in db.DocumentUrls
                 where u.Culture == culture
                 join d in db.Documents on u.DocumentId equals d.Id
                 where !d.Trashed && d.PublishedVersion != null && d.Key == key
                 select new ContentRow
                 {
                     Id = d.Id,
                     Key = d.Key,
                     ContentType = d.ContentType,
                     Path = d.Path,
                     Level = d.Level,
                     CreateDate = d.CreateDate,
                     UpdateDate = u.PublishDate,
                     Name = u.Name,
                     Data = db.DocumentVersions.Where(v => v.DocumentId == d.Id && v.Number == d.PublishedVersion).Select(v => v.Data).FirstOrDefault(),
                     Urls = db.DocumentUrls.Where(r => r.DocumentId == d.Id)
                         .Select(r => new ContentUrlRow(r.Culture, r.Route, db.Documents.Where(x => x.Id == r.RootId).Select(x => x.Key).FirstOrDefault(), db.DocumentUrls.Where(x => x.DocumentId == r.RootId && x.Culture == r.Culture).Select(x => x.Segment).FirstOrDefault()))
                         .ToList(),
                 })
                .FirstOrDefault());
        public readonly Func<CmsDbContext, CancellationToken, Task<long?>> OutboxHead =
            EF.CompileAsyncQuery((CmsDbContext context, CancellationToken _) => context.Outbox.Max(m => (long?)m.Id));
    }

    private List<RootItem>? _roots;
    private PublicAccessSnapshot? _protection;

    /// <summary>
    /// The public access rules, read once per request. A caller without a signed-in member (always, while member
    /// authorization is off) is anonymous to them: protected items are 401 and hidden, in preview too, as Umbraco
    /// checks protection whatever the preview state.
    /// </summary>
    public async ValueTask<PublicAccessSnapshot> ProtectionAsync(CancellationToken ct) =>
        _protection ??= await publicAccess.GetAsync(db, ct);

    /// <summary>Umbraco's member access check for an item the caller asked for by id or route.</summary>
    public async ValueTask<PublicAccessStatus> AccessAsync(ContentRow row, DeliveryRequest request, CancellationToken ct) =>
        (await ProtectionAsync(ct)).Check(row.Path, request.Member);

    /// <summary>Whether an item may appear in a list, picker or expansion (never a 401/403 there: it is simply left out).</summary>
    public async ValueTask<bool> IsListableAsync(string path, DeliveryRequest request, CancellationToken ct) =>
        (await ProtectionAsync(ct)).Check(path, request.Member) == PublicAccessStatus.AccessAccepted;

    /// <summary>Leaves out every protected branch the caller may not see; the Delivery API query and any index-backed query share it.</summary>
    public async ValueTask<IQueryable<ContentCandidate>> ExcludeProtectedAsync(IQueryable<ContentCandidate> query, DeliveryRequest request, CancellationToken ct) =>
        PublicAccessSnapshot.ExcludeBranches(query, c => c.Document.Path, (await ProtectionAsync(ct)).HiddenFrom(request.Member));

    /// <remarks>
    /// The published rule is restated, for speed, by the compiled queries <see cref="CompiledQueries.PublishedByKey"/> and
    /// <see cref="CompiledQueries.PublishedByIds"/> and by the delivery index (<see cref="IndexedContentQuery.Visible"/>): a change
    /// here (protected content, for one) goes there too. <c>DeliveryIndexTests</c> compares them.
    /// </remarks>
    public IQueryable<ContentCandidate> Visible(DeliveryRequest request)
    {
        var culture = request.Culture;
        var query = request.Preview
            ? from v in db.DocumentVariants.AsNoTracking()
              where v.Culture == culture || v.Culture == VersionData.Invariant
              join d in db.Documents.AsNoTracking() on v.DocumentId equals d.Id
              where !d.Trashed
              select new ContentCandidate { Document = d, Name = v.Name, UpdateDate = d.UpdateDate }
            : from u in db.DocumentUrls.AsNoTracking()
              where u.Culture == culture
              join d in db.Documents.AsNoTracking() on u.DocumentId equals d.Id
              where !d.Trashed && d.PublishedVersion != null
              select new ContentCandidate { Document = d, Name = u.Name, UpdateDate = u.PublishDate };

        var o = options.Value;
        if (o.AllowedContentTypeAliases.Length > 0)
        {
            var allowed = o.AllowedContentTypeAliases.ToList();
            query = query.Where(c => allowed.Contains(c.Document.ContentType));
        }
        else if (o.DisallowedContentTypeAliases.Length > 0)
        {
            var disallowed = o.DisallowedContentTypeAliases.ToList();
            query = query.Where(c => !disallowed.Contains(c.Document.ContentType));
        }

        return query;
    }

    /// <summary>The roots of the tree in sort order (read once per request).</summary>
    public async Task<IReadOnlyList<RootItem>> RootsAsync(DeliveryRequest request, CancellationToken ct)
    {
        if (_roots is not null)
        {
            return _roots;
        }

        var o = options.Value;
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.ParentId == null && !d.Trashed)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.Key,
                d.Path,
                d.ContentType,
                Published = d.PublishedVersion != null,
                Urls = db.DocumentUrls.Where(u => u.DocumentId == d.Id).Select(u => new { u.Culture, u.Segment }).ToList(),
            })
            .ToListAsync(ct);

        var drafts = request.Preview
            ? await db.DocumentVariants.AsNoTracking().Where(v => v.ParentId == -1).Select(v => new { v.DocumentId, v.Culture, v.Segment }).ToListAsync(ct)
            : [];

        _roots = rows
            .Where(r => o.IsAllowed(r.ContentType) && (r.Published || request.Preview))
            .Select(r => new RootItem
            {
                Id = r.Id,
                Key = r.Key,
                Path = r.Path,
                ContentType = r.ContentType,
                Published = r.Published,
                PublishedSegments = r.Urls.ToDictionary(u => u.Culture, u => u.Segment, StringComparer.OrdinalIgnoreCase),
                DraftSegments = drafts.Where(v => v.DocumentId == r.Id).ToDictionary(v => v.Culture, v => v.Segment, StringComparer.OrdinalIgnoreCase),
            })
            .ToList();
        return _roots;
    }

    /// <summary>Resolves the Start-Item header: a root's key, or its URL segment in any culture (case-insensitive).</summary>
    public async Task<StartItemLookup> ResolveStartItemAsync(DeliveryRequest request, CancellationToken ct)
    {
        if (request.StartItem is not { } value)
        {
            return new StartItemLookup(false, null);
        }

        var roots = await RootsAsync(request, ct);
        var root = Guid.TryParse(value, out var key)
            ? roots.FirstOrDefault(r => r.Key == key)
            : roots.FirstOrDefault(r => r.PublishedSegments.Values.Concat(request.Preview ? r.DraftSegments.Values : [])
                .Any(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase)));
        return new StartItemLookup(true, root);
    }

    public async Task<ContentRow?> ByKeyAsync(Guid key, DeliveryRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return await Project(Visible(request).Where(c => c.Document.Key == key), preview: true, includeData: true).FirstOrDefaultAsync(ct);
        }

        // The published read of one item is the hot path of the API: a compiled query skips building, hashing and
        // parameterising the expression tree on every request; the type rule of Visible is applied to the row.
        var row = await Queries.PublishedByKey(db, key, request.Culture, ct);
        return row is not null && options.Value.IsAllowed(row.ContentType) ? row : null;
    }

    public Task<List<ContentRow>> ByKeysAsync(IReadOnlyCollection<Guid> keys, DeliveryRequest request, bool includeData, CancellationToken ct)
    {
        var list = keys.ToList();
        return Project(Visible(request).Where(c => list.Contains(c.Document.Key)), request.Preview, includeData).ToListAsync(ct);
    }

    /// <summary>
    /// Umbraco's by-route resolution: "/" is the first root; "/a/b/" is looked up below the first root (or the
    /// Start-Item), then below another root whose segment is "a"; then redirect URL tracking is consulted.
    /// </summary>
    public async Task<RouteLookup> ByRouteAsync(string? rawPath, DeliveryRequest request, RootItem? startItem, bool followRedirects, bool includeData, CancellationToken ct)
    {
        var path = NormalizePath(rawPath);
        if (request.Preview && TryPreviewKey(path, out var previewKey))
        {
            return new RouteLookup(await ByKeyAsync(previewKey, request, ct), null);
        }

        var culture = request.Culture;
        var roots = startItem is not null
            ? [startItem]
            : (await RootsAsync(request, ct)).Where(r => r.Segment(culture, request.Preview) is not null).ToList();
        if (roots.Count == 0)
        {
            return RouteLookup.NotFound;
        }

        var attempts = new List<(RootItem Root, string Route)> { (roots[0], path) };
        if (startItem is null && path != "/")
        {
            var first = path[1..path.IndexOf('/', 1)];
            var rest = path[(first.Length + 1)..];
            attempts.AddRange(roots.Skip(1)
                .Where(r => string.Equals(r.Segment(culture, request.Preview), first, StringComparison.OrdinalIgnoreCase))
                .Select(r => (r, rest)));
        }

        foreach (var (root, route) in attempts)
        {
            var rootId = root.Id;
            var item = await Project(
                    Visible(request).Where(c => db.DocumentUrls.Any(u => u.DocumentId == c.Document.Id && u.RootId == rootId && u.Culture == culture && u.Route == route)),
                    request.Preview,
                    includeData)
                .FirstOrDefaultAsync(ct);
            if (item is not null)
            {
                return new RouteLookup(item, null);
            }
        }

        if (!followRedirects)
        {
            return RouteLookup.NotFound;
        }

        foreach (var (root, route) in attempts)
        {
            var rootId = root.Id;
            var target = await db.RedirectUrls.AsNoTracking()
                .Where(r => r.RootId == rootId && r.Culture == culture && r.Route == route)
                .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
                .Select(r => (Guid?)r.DocumentKey)
                .FirstOrDefaultAsync(ct);
            if (target is { } targetKey && await ByKeyAsync(targetKey, request, ct) is { } row && row.Urls.Any(u => u.Culture == culture))
            {
                return new RouteLookup(null, row);
            }
        }

        return RouteLookup.NotFound;
    }

    public async Task<ContentQueryResult> QueryAsync(ContentQuery q, DeliveryRequest request, RootItem? startItem, CancellationToken ct)
    {
        if (!TryParseSelector(q.Fetch, out var kind, out var selectorValue))
        {
            return ContentQueryResult.Refused(ContentQueryStatus.SelectorNotFound, $"The 'fetch' value '{Shorten(q.Fetch)}' is not a known selector: use ancestors:, children: or descendants: followed by an id or a path.");
        }

        if (q.Filters.Count > MaxOptions || q.Sorts.Count > MaxOptions)
        {
            return ContentQueryResult.Refused(ContentQueryStatus.TooManyOptions, $"Give at most {MaxOptions} 'filter' and {MaxOptions} 'sort' values.");
        }

        var sorts = new List<ContentSort>();
        foreach (var raw in q.Sorts.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (ParseSort(raw.Trim()) is not { } sort)
            {
                return ContentQueryResult.Refused(ContentQueryStatus.SortNotFound, $"The 'sort' value '{Shorten(raw)}' is not a known sort option: use createDate, updateDate, level, name, sortOrder or path followed by :asc or :desc.");
            }

            sorts.Add(sort);
        }

        // Public queries are answered from the delivery index once it has applied every committed change (the outbox
        // head, read at most every 100 ms and after each local commit; right after a change the index is given a
        // moment to catch up);
        // otherwise, and for what the index cannot express, from SQL.
        var countCacheUsable = true;
        if (!request.Preview && indexed.CanAnswer(q, sorts))
        {
            if (await deliveryIndex.CatchUpAsync(await outboxHead.ReadAsync(c => Queries.OutboxHead(db, c), ct), IndexCatchUpTimeout, ct))
            {
                var fromIndex = await QueryIndexAsync(q, sorts, kind, selectorValue, request, startItem, ct);
                if (fromIndex is not null)
                {
                    return fromIndex;
                }
            }
            else
            {
                // Changes are in flight: a total remembered for this filter may predate them.
                countCacheUsable = false;
            }
        }

        var query = await ExcludeProtectedAsync(Visible(request), request, ct);
        var context = new ContentFilterContext(db, request.Culture, request.Preview);
        foreach (var raw in q.Filters.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var filter = raw.Trim();
            var handler = filterHandlers.FirstOrDefault(h => h.CanHandle(filter));
            if (handler is null)
            {
                return ContentQueryResult.Refused(ContentQueryStatus.FilterNotFound, $"The 'filter' value '{Shorten(raw)}' is not a known filter option.");
            }

            var applied = handler.Apply(query, filter, context);
            if (applied.Query is null)
            {
                return ContentQueryResult.Refused(ContentQueryStatus.InvalidFilterValue, $"The 'filter' value '{Shorten(raw)}' is malformed: {applied.Error}");
            }

            query = applied.Query;
        }

        switch (kind)
        {
            case ContentSelectorKind.All when startItem is not null:
                {
                    var prefix = startItem.Path + ",";
                    query = query.Where(c => c.Document.Path.StartsWith(prefix));
                    break;
                }

            case ContentSelectorKind.All:
                break;

            default:
                {
                    // Umbraco answers an unknown or empty selector value with an empty page, not an error.
                    var scoped = await ApplySelectorAsync(query, kind, selectorValue, request, startItem, ct);
                    if (scoped is null)
                    {
                        return ContentQueryResult.Empty;
                    }

                    query = scoped;
                    break;
                }
        }

        if (sorts.Any(s => s.Field == ContentSortField.Path))
        {
            return await QueryInTreeOrderAsync(query, sorts, q, request, ct);
        }

        // Statement 1 sorts and pages the narrow rows (and, unless it is cached, counts every match in the
        // same statement); statement 2 reads the wide ones (version JSON, routes) for the page only, probing
        // by id with no ORDER BY so the planner never walks the whole route index to re-sort twenty rows.
        var protection = await ProtectionAsync(ct);
        var countKey = string.Join('\n', [request.Culture, startItem?.Key.ToString() ?? "", protection.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(',', protection.HiddenFrom(request.Member)), q.Fetch ?? "", .. q.Filters]);
        var paged = Sort(query, sorts).Skip(q.Skip).Take(q.Take);
        long? total = !request.Preview && countCacheUsable && counts.TryGet(countKey, out var known) ? known : null;
        List<long> ids;
        if (total is null)
        {
            var countedAt = generation.Current;
            var withCount = await paged.Select(c => new { c.Document.Id, Total = query.LongCount() }).ToListAsync(ct);
            ids = withCount.Select(r => r.Id).ToList();
            total = withCount.Count > 0 ? withCount[0].Total
                : q.Skip == 0 && q.Take > 0 ? 0
                : await query.LongCountAsync(ct);
            if (!request.Preview && countCacheUsable)
            {
                counts.Set(countKey, total.Value, countedAt);
            }
        }
        else
        {
            ids = await paged.Select(c => c.Document.Id).ToListAsync(ct);
        }

        var rows = ids.Count == 0 ? [] : await Project(Visible(request).Where(c => ids.Contains(c.Document.Id)), request.Preview, includeData: true).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        var page = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        return new ContentQueryResult(ContentQueryStatus.Success, total.Value, page);
    }

    private async Task<ContentQueryResult?> QueryIndexAsync(ContentQuery q, List<ContentSort> sorts, ContentSelectorKind kind, string selectorValue, DeliveryRequest request, RootItem? startItem, CancellationToken ct)
    {
        try
        {
            var (conditions, refused) = indexed.Filters(q, request.Culture);
            if (refused is not null)
            {
                return refused;
            }

            if (conditions is null)
            {
                return null;
            }

            var query = indexed.Visible(request.Culture);
            foreach (var condition in conditions)
            {
                query.Add(condition, Occur.MUST);
            }

            // Protected branches this caller may not see (public access rules, read per request): left out here as
            // on SQL, and part of the list's name, since a rule change does not change the index.
            var hidden = (await ProtectionAsync(ct)).HiddenFrom(request.Member);
            if (hidden.Count > 0)
            {
                query.Add(IndexedContentQuery.Inside(hidden), Occur.MUST_NOT);
            }

            var listKey = string.Join('\n', [request.Culture, startItem?.Key.ToString() ?? "", kind.ToString(), string.Join(',', hidden), .. q.Filters.Select(f => f.Trim())]);
            if (kind == ContentSelectorKind.All)
            {
                if (startItem is not null)
                {
                    query.Add(IndexedContentQuery.Descendants(startItem.Key), Occur.MUST);
                }
            }
            else
            {
                // Umbraco answers an unknown or empty selector value with an empty page, not an error.
                if (selectorValue.Length == 0)
                {
                    return ContentQueryResult.Empty;
                }

                Guid key;
                string? path;
                if (Guid.TryParse(selectorValue, out key))
                {
                    path = kind == ContentSelectorKind.Ancestors ? indexed.VisiblePath(key, request.Culture) : null;
                    if (kind == ContentSelectorKind.Ancestors && (path is null || !await IsListableAsync(path, request, ct)))
                    {
                        return ContentQueryResult.Empty;
                    }
                }
                else
                {
                    var lookup = await ByRouteAsync(selectorValue, request, startItem, followRedirects: false, includeData: false, ct);
                    if (lookup.Item is not { } item || !await IsListableAsync(item.Path, request, ct))
                    {
                        return ContentQueryResult.Empty;
                    }

                    key = item.Key;
                    path = item.Path;
                }

                listKey += "\n" + key + "\n" + path;
                query.Add(kind switch
                {
                    ContentSelectorKind.Children => IndexedContentQuery.Children(key),
                    ContentSelectorKind.Descendants => IndexedContentQuery.Descendants(key),
                    _ => IndexedContentQuery.Ancestors(path!),
                }, Occur.MUST);
            }

            var (ids, total) = indexed.Page(listKey, query, sorts, q.Skip, q.Take);
            var byId = new Dictionary<long, ContentRow>(ids.Count);
            if (ids.Count > 0)
            {
                var o = options.Value;
                var data = new Dictionary<long, string?>(ids.Count);
                await foreach (var flat in Queries.PublishedByIds(db, ids.ToArray(), request.Culture).WithCancellation(ct))
                {
                    if (!o.IsAllowed(flat.ContentType))
                    {
                        continue;
                    }

                    if (!byId.TryGetValue(flat.Id, out var row))
                    {
                        row = new ContentRow
                        {
                            Id = flat.Id,
                            Key = flat.Key,
                            ContentType = flat.ContentType,
                            Path = flat.Path,
                            Level = flat.Level,
                            CreateDate = flat.CreateDate,
                            UpdateDate = flat.UpdateDate,
                            Name = flat.Name,
                        };
                        byId[flat.Id] = row;
                    }

                    row.Urls.Add(new ContentUrlRow(flat.RouteCulture, flat.Route, flat.RootKey, flat.RootSegment));
                    if (flat.Data is not null)
                    {
                        data[flat.Id] = flat.Data;
                    }
                }

                foreach (var (id, json) in data)
                {
                    byId[id] = byId[id].WithData(json);
                }
            }

            return new ContentQueryResult(ContentQueryStatus.Success, total, ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList());
        }
        catch (Exception ex) when (ex is BooleanQuery.TooManyClausesException or SearchUnavailableException)
        {
            // Too many values for one Lucene query, or the index went away: SQL answers the same question.
            return null;
        }
    }

    private async Task<IQueryable<ContentCandidate>?> ApplySelectorAsync(IQueryable<ContentCandidate> query, ContentSelectorKind kind, string value, DeliveryRequest request, RootItem? startItem, CancellationToken ct)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (Guid.TryParse(value, out var key))
        {
            switch (kind)
            {
                case ContentSelectorKind.Children:
                    return query.Where(c => db.Documents.Any(p => p.Key == key && p.Id == c.Document.ParentId));
                case ContentSelectorKind.Descendants:
                    return query.Where(c => db.Documents.Any(p => p.Key == key && c.Document.Path.StartsWith(p.Path + ",")));
                default:
                    {
                        var path = await Visible(request).Where(c => c.Document.Key == key).Select(c => c.Document.Path).FirstOrDefaultAsync(ct);
                        if (path is null || !await IsListableAsync(path, request, ct))
                        {
                            return null;
                        }

                        var ids = AncestorIds(path);
                        return query.Where(c => ids.Contains(c.Document.Id));
                    }
            }
        }

        var lookup = await ByRouteAsync(value, request, startItem, followRedirects: false, includeData: false, ct);
        if (lookup.Item is not { } item || !await IsListableAsync(item.Path, request, ct))
        {
            return null;
        }

        var id = item.Id;
        var prefix = item.Path + ",";
        var ancestors = AncestorIds(item.Path);
        return kind switch
        {
            ContentSelectorKind.Children => query.Where(c => c.Document.ParentId == id),
            ContentSelectorKind.Descendants => query.Where(c => c.Document.Path.StartsWith(prefix)),
            _ => query.Where(c => ancestors.Contains(c.Document.Id)),
        };
    }

    private async Task<ContentQueryResult> QueryInTreeOrderAsync(IQueryable<ContentCandidate> query, List<ContentSort> sorts, ContentQuery q, DeliveryRequest request, CancellationToken ct)
    {
        // Tree order needs every ancestor's sort order, which SQL cannot compose from the path; sort the
        // (small) key rows in memory, then read only the page.
        var candidates = await query
            .Select(c => new TreeSortRow(c.Document.Id, c.Document.Path, c.Document.Level, c.Document.SortOrder, c.Document.CreateDate, c.UpdateDate, c.Name))
            .ToListAsync(ct);
        var ancestorIds = candidates.SelectMany(c => AncestorIds(c.Path)).Distinct().ToList();
        var orders = await db.Documents.AsNoTracking().Where(d => ancestorIds.Contains(d.Id)).Select(d => new { d.Id, d.SortOrder }).ToDictionaryAsync(d => d.Id, d => d.SortOrder, ct);
        foreach (var c in candidates)
        {
            orders[c.Id] = c.SortOrder;
        }

        IOrderedEnumerable<TreeSortRow>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Field switch
            {
                ContentSortField.Path => Then(ordered, candidates, r => PathOrder(r.Path, orders), sort.Ascending, PathOrderComparer.Instance),
                ContentSortField.CreateDate => Then(ordered, candidates, r => r.CreateDate, sort.Ascending, Comparer<DateTime>.Default),
                ContentSortField.UpdateDate => Then(ordered, candidates, r => r.UpdateDate, sort.Ascending, Comparer<DateTime>.Default),
                ContentSortField.Level => Then(ordered, candidates, r => r.Level, sort.Ascending, Comparer<int>.Default),
                ContentSortField.SortOrder => Then(ordered, candidates, r => r.SortOrder, sort.Ascending, Comparer<int>.Default),
                _ => Then(ordered, candidates, r => r.Name, sort.Ascending, StringComparer.OrdinalIgnoreCase),
            };
        }

        var pageIds = ordered!.ThenBy(r => r.Id).Skip(q.Skip).Take(q.Take).Select(r => r.Id).ToList();
        var rows = await Project(Visible(request).Where(c => pageIds.Contains(c.Document.Id)), request.Preview, includeData: true).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return new ContentQueryResult(ContentQueryStatus.Success, candidates.Count, pageIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList());
    }

    private static IOrderedEnumerable<TreeSortRow> Then<TKey>(IOrderedEnumerable<TreeSortRow>? ordered, List<TreeSortRow> source, Func<TreeSortRow, TKey> key, bool ascending, IComparer<TKey> comparer) =>
        (ordered, ascending) switch
        {
            (null, true) => source.OrderBy(key, comparer),
            (null, false) => source.OrderByDescending(key, comparer),
            (_, true) => ordered.ThenBy(key, comparer),
            _ => ordered.ThenByDescending(key, comparer),
        };

    private static int[] PathOrder(string path, Dictionary<long, int> orders) =>
        path.Split(',').Skip(1).Select(long.Parse).Select(id => orders.GetValueOrDefault(id)).ToArray();

    private static IQueryable<ContentCandidate> Sort(IQueryable<ContentCandidate> query, List<ContentSort> sorts)
    {
        if (sorts.Count == 0)
        {
            // Umbraco's order without a sort is index relevance; ours is deterministic tree-ish order.
            return query.OrderBy(c => c.Document.Level).ThenBy(c => c.Document.SortOrder).ThenBy(c => c.Document.Id);
        }

        IOrderedQueryable<ContentCandidate>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Field switch
            {
                ContentSortField.CreateDate => Order(ordered, query, c => c.Document.CreateDate, sort.Ascending),
                ContentSortField.UpdateDate => Order(ordered, query, c => c.UpdateDate, sort.Ascending),
                ContentSortField.Level => Order(ordered, query, c => c.Document.Level, sort.Ascending),
                ContentSortField.SortOrder => Order(ordered, query, c => c.Document.SortOrder, sort.Ascending),
                _ => Order(ordered, query, c => c.Name.ToLower(), sort.Ascending),
            };
        }

        return ordered!.ThenBy(c => c.Document.Id);
    }

    private static IOrderedQueryable<ContentCandidate> Order<TKey>(IOrderedQueryable<ContentCandidate>? ordered, IQueryable<ContentCandidate> source, Expression<Func<ContentCandidate, TKey>> key, bool ascending) =>
        (ordered, ascending) switch
        {
            (null, true) => source.OrderBy(key),
            (null, false) => source.OrderByDescending(key),
            (_, true) => ordered.ThenBy(key),
            _ => ordered.ThenByDescending(key),
        };

    private IQueryable<ContentRow> Project(IQueryable<ContentCandidate> query, bool preview, bool includeData)
    {
        var urls = db.DocumentUrls;
        var documents = db.Documents;
        var versions = db.DocumentVersions;
        if (!includeData)
        {
            return query.Select(c => new ContentRow
            {
                Id = c.Document.Id,
                Key = c.Document.Key,
                ContentType = c.Document.ContentType,
                Path = c.Document.Path,
                Level = c.Document.Level,
                CreateDate = c.Document.CreateDate,
                UpdateDate = c.UpdateDate,
                Name = c.Name,
                Urls = urls.Where(u => u.DocumentId == c.Document.Id)
                    .Select(u => new ContentUrlRow(u.Culture, u.Route, documents.Where(r => r.Id == u.RootId).Select(r => r.Key).FirstOrDefault(), urls.Where(r => r.DocumentId == u.RootId && r.Culture == u.Culture).Select(r => r.Segment).FirstOrDefault()))
                    .ToList(),
            });
        }

        return preview
            ? query.Select(c => new ContentRow
            {
                Id = c.Document.Id,
                Key = c.Document.Key,
                ContentType = c.Document.ContentType,
                Path = c.Document.Path,
                Level = c.Document.Level,
                CreateDate = c.Document.CreateDate,
                UpdateDate = c.UpdateDate,
                Name = c.Name,
                Data = versions.Where(v => v.DocumentId == c.Document.Id && v.Number == c.Document.LatestVersion).Select(v => v.Data).FirstOrDefault(),
                Urls = urls.Where(u => u.DocumentId == c.Document.Id)
                    .Select(u => new ContentUrlRow(u.Culture, u.Route, documents.Where(r => r.Id == u.RootId).Select(r => r.Key).FirstOrDefault(), urls.Where(r => r.DocumentId == u.RootId && r.Culture == u.Culture).Select(r => r.Segment).FirstOrDefault()))
                    .ToList(),
            })
            : query.Select(c => new ContentRow
            {
                Id = c.Document.Id,
                Key = c.Document.Key,
                ContentType = c.Document.ContentType,
                Path = c.Document.Path,
                Level = c.Document.Level,
                CreateDate = c.Document.CreateDate,
                UpdateDate = c.UpdateDate,
                Name = c.Name,
                Data = versions.Where(v => v.DocumentId == c.Document.Id && v.Number == c.Document.PublishedVersion).Select(v => v.Data).FirstOrDefault(),
                Urls = urls.Where(u => u.DocumentId == c.Document.Id)
                    .Select(u => new ContentUrlRow(u.Culture, u.Route, documents.Where(r => r.Id == u.RootId).Select(r => r.Key).FirstOrDefault(), urls.Where(r => r.DocumentId == u.RootId && r.Culture == u.Culture).Select(r => r.Segment).FirstOrDefault()))
                    .ToList(),
            });
    }

    private static bool TryParseSelector(string? fetch, out ContentSelectorKind kind, out string value)
    {
        kind = ContentSelectorKind.All;
        value = "";
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return true;
        }

        foreach (var (prefix, k) in new[] { ("ancestors:", ContentSelectorKind.Ancestors), ("children:", ContentSelectorKind.Children), ("descendants:", ContentSelectorKind.Descendants) })
        {
            if (fetch.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                value = fetch[prefix.Length..].Trim();
                return true;
            }
        }

        return false;
    }

    internal static ContentSort? ParseSort(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        ContentSortField? field = value[..colon].ToLowerInvariant() switch
        {
            "createdate" => ContentSortField.CreateDate,
            "updatedate" => ContentSortField.UpdateDate,
            "level" => ContentSortField.Level,
            "name" => ContentSortField.Name,
            "sortorder" => ContentSortField.SortOrder,
            "path" => ContentSortField.Path,
            _ => null,
        };

        // Umbraco reads the direction ordinally: only a lower-case "asc…" is ascending ("name:ASC" sorts descending).
        return field is { } f ? new ContentSort(f, value[(colon + 1)..].StartsWith("asc", StringComparison.Ordinal)) : null;
    }

    internal static string NormalizePath(string? raw)
    {
        // OpenAPI clients encode '/' in the path parameter; Umbraco decodes %2F itself, and so do we.
        var path = (raw ?? "").Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Trim().Trim('/');
        return path.Length == 0 ? "/" : "/" + path.ToLowerInvariant() + "/";
    }

    private static bool TryPreviewKey(string path, out Guid key)
    {
        key = Guid.Empty;
        return path.StartsWith(PreviewPrefix, StringComparison.Ordinal)
            && path.IndexOf('/', PreviewPrefix.Length) == path.Length - 1
            && Guid.TryParse(path.AsSpan(PreviewPrefix.Length, path.Length - PreviewPrefix.Length - 1), out key);
    }

    internal static List<long> AncestorIds(string path) =>
        path.Split(',').Skip(1).SkipLast(1).Select(long.Parse).ToList();

    internal static string Shorten(string? s) => s is null ? "" : s.Length <= 60 ? s : s[..60] + "…";

    private sealed record TreeSortRow(long Id, string Path, int Level, int SortOrder, DateTime CreateDate, DateTime UpdateDate, string Name);

    private sealed class PathOrderComparer : IComparer<int[]>
    {
        public static readonly PathOrderComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }

            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
