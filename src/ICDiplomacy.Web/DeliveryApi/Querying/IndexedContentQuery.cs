using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ICDiplomacy.Web.DeliveryApi.Filters;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>
/// Runs a public query endpoint request on the delivery index, as Umbraco runs it on DeliveryApiContentIndex:
/// visibility (culture, allowed types), filters, selector and sorts become one Lucene query, and the index
/// answers with the page's document ids in order and the total. The caller reads only those rows. Anything
/// the index cannot express is answered <c>null</c>, and the caller uses the SQL path.
/// </summary>
public sealed class IndexedContentQuery(DeliveryContentIndex index, IEnumerable<IContentFilterHandler> filterHandlers, IOptions<DeliveryApiOptions> options)
{
    /// <summary>Pages beyond this many hits are read on the SQL path: collecting them would hold skip + take hits in memory.</summary>
    public const int MaxWindow = 10_000;

    private const int MaxCachedFilters = 512;

    private static readonly SortField ById = new(DeliveryIndexFields.NodeId, SortFieldType.INT64);

    // Matching a filter over ~60 country terms costs milliseconds; the match set of each distinct query is kept
    // per segment (CachingWrapperFilter), so paging through a list, or many clients asking for the same list,
    // match it once per segment. A change adds small segments; the unchanged ones keep their cached sets.
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public bool CanAnswer(ContentQuery q, IReadOnlyList<ContentSort> sorts) =>
        q.Skip + q.Take <= MaxWindow && index.Status != IndexStatus.Unavailable && sorts.All(s => s.Field != ContentSortField.Path);

    /// <summary>The filters as index conditions, or a refusal (unknown option, malformed value), or null when one has no index form.</summary>
    public (List<Query>? Conditions, ContentQueryResult? Refused) Filters(ContentQuery q, string culture)
    {
        var context = new IndexFilterContext(culture, index);
        var conditions = new List<Query>();
        foreach (var raw in q.Filters.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var filter = raw.Trim();
            var handler = filterHandlers.FirstOrDefault(h => h.CanHandle(filter));
            if (handler is null)
            {
                return (null, ContentQueryResult.Refused(ContentQueryStatus.FilterNotFound, $"The 'filter' value '{DeliveryContentStore.Shorten(raw)}' is not a known filter option."));
            }

            var result = handler.ToIndexQuery(filter, context);
            if (!result.Supported)
            {
                return (null, null);
            }

            if (result.Error is not null)
            {
                return (null, ContentQueryResult.Refused(ContentQueryStatus.InvalidFilterValue, $"The 'filter' value '{DeliveryContentStore.Shorten(raw)}' is malformed: {result.Error}"));
            }

            if (result.Query is not null)
            {
                conditions.Add(result.Query);
            }
        }

        return (conditions, null);
    }

    /// <summary>
    /// What every document a request may see satisfies: a route in the requested culture and an allowed type.
    /// Protected branches are left out by the caller (<see cref="Inside"/>), per request.
    /// </summary>
    public BooleanQuery Visible(string culture)
    {
        var visible = new BooleanQuery { { new TermQuery(new Term(DeliveryIndexFields.Culture, culture)), Occur.MUST } };
        var o = options.Value;
        if (o.AllowedContentTypeAliases.Length > 0)
        {
            visible.Add(IndexQueries.AnyOf([DeliveryIndexFields.ContentType], o.AllowedContentTypeAliases), Occur.MUST);
        }
        else if (o.DisallowedContentTypeAliases.Length > 0)
        {
            foreach (var alias in o.DisallowedContentTypeAliases)
            {
                visible.Add(new TermQuery(new Term(DeliveryIndexFields.ContentType, alias)), Occur.MUST_NOT);
            }
        }

        return visible;
    }

    /// <summary>The tree path of a visible document, for the ancestors selector; null when it is not visible.</summary>
    public string? VisiblePath(Guid key, string culture) => index.Search(searcher =>
    {
        var query = Visible(culture);
        query.Add(new TermQuery(new Term(DeliveryIndexFields.Key, DeliveryIndexFields.KeyText(key))), Occur.MUST);
        var hits = searcher.Search(query, 1);
        return hits.ScoreDocs.Length == 0 ? null : searcher.Doc(hits.ScoreDocs[0].Doc).Get(DeliveryIndexFields.Path);
    });

    /// <summary>Documents in any of the branches rooted at <paramref name="branchRoots"/> (the roots included).</summary>
    public static Query Inside(IReadOnlyList<long> branchRoots) =>
        IndexQueries.AnyOf([DeliveryIndexFields.PathIds], branchRoots.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

    public static Query Children(Guid parent) => new TermQuery(new Term(DeliveryIndexFields.ParentKey, DeliveryIndexFields.KeyText(parent)));

    public static Query Descendants(Guid ancestor) => new TermQuery(new Term(DeliveryIndexFields.AncestorKeys, DeliveryIndexFields.KeyText(ancestor)));

    public static Query Ancestors(string path) =>
        IndexQueries.AnyOf([DeliveryIndexFields.NodeIdTerm], DeliveryContentStore.AncestorIds(path).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

    /// <summary>The page's document ids in order and the number of hits.</summary>
    /// <param name="listKey">
    /// Names the list within one index reader: the request's culture, Start-Item, resolved selector and raw filter
    /// values. (A Lucene query's own text costs more to build than the page it would look up.)
    /// </param>
    /// <param name="query">The list's condition.</param>
    /// <param name="sorts">The sorts.</param>
    /// <param name="skip">Hits to skip.</param>
    /// <param name="take">Hits to return.</param>
    public (List<long> Ids, long Total) Page(string listKey, Query query, IReadOnlyList<ContentSort> sorts, int skip, int take) => index.Search(searcher =>
    {
        // Sorting a list costs its whole match set; clients page through the same lists again and again, so the
        // ordered ids (up to MaxWindow) are kept with the reader they were read from, and any change (a new
        // reader) starts afresh. Pages are then slices.
        var key = listKey + "\n" + string.Join(',', sorts.Select(s => $"{s.Field}:{s.Ascending}"));
        var cache = SortedLists.GetValue(searcher.IndexReader, _ => new SortedListCache());
        if (!cache.TryGet(key, out var list))
        {
            list = Sort(searcher, CachedFilter(query), sorts);
            cache.Add(key, list);
        }

        var ids = new List<long>(Math.Max(0, Math.Min(take, list.Ids.Length - skip)));
        for (var i = skip; i < list.Ids.Length && ids.Count < take; i++)
        {
            ids.Add(list.Ids[i]);
        }

        return (ids, list.Total);
    });

    private static readonly ConditionalWeakTable<IndexReader, SortedListCache> SortedLists = new();

    private static SortedList Sort(IndexSearcher searcher, Filter filter, IReadOnlyList<ContentSort> sorts)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(AllDocs, filter, count);
        var hits = searcher.Search(AllDocs, filter, Math.Max(1, Math.Min(count.TotalHits, MaxWindow)), new Sort(SortFields(sorts)), doDocScores: false, doMaxScore: false);
        var ids = new long[hits.ScoreDocs.Length];
        var leaves = searcher.IndexReader.Leaves;
        for (var i = 0; i < ids.Length; i++)
        {
            var doc = hits.ScoreDocs[i].Doc;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            ids[i] = leaf.AtomicReader.GetNumericDocValues(DeliveryIndexFields.NodeId).Get(doc - leaf.DocBase);
        }

        return new SortedList(ids, hits.TotalHits);
    }

    private sealed record SortedList(long[] Ids, long Total);

    /// <summary>Ordered id lists of one reader; at most MaxLists × MaxWindow ids (~5 MB).</summary>
    private sealed class SortedListCache
    {
        private const int MaxLists = 64;
        private readonly ConcurrentDictionary<string, SortedList> _lists = new(StringComparer.Ordinal);

        public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SortedList? list) => _lists.TryGetValue(key, out list);

        public void Add(string key, SortedList list)
        {
            if (_lists.Count >= MaxLists)
            {
                _lists.Clear();
            }

            _lists[key] = list;
        }
    }

    private static readonly MatchAllDocsQuery AllDocs = new();

    private Filter CachedFilter(Query query)
    {
        var key = query.ToString();
        if (_filters.TryGetValue(key, out var filter))
        {
            return filter;
        }

        if (_filters.Count >= MaxCachedFilters)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(query)));
    }

    private static SortField[] SortFields(IReadOnlyList<ContentSort> sorts)
    {
        if (sorts.Count == 0)
        {
            // The SQL path's order without a sort: level, sort order, id.
            return [new SortField(DeliveryIndexFields.Level, SortFieldType.INT64), new SortField(DeliveryIndexFields.SortOrder, SortFieldType.INT64), ById];
        }

        var fields = new SortField[sorts.Count + 1];
        for (var i = 0; i < sorts.Count; i++)
        {
            var reverse = !sorts[i].Ascending;
            fields[i] = sorts[i].Field switch
            {
                ContentSortField.CreateDate => new SortField(DeliveryIndexFields.CreateDate, SortFieldType.INT64, reverse),
                ContentSortField.UpdateDate => new SortField(DeliveryIndexFields.UpdateDate, SortFieldType.INT64, reverse),
                ContentSortField.Level => new SortField(DeliveryIndexFields.Level, SortFieldType.INT64, reverse),
                ContentSortField.SortOrder => new SortField(DeliveryIndexFields.SortOrder, SortFieldType.INT64, reverse),
                _ => new SortField(DeliveryIndexFields.SortName, SortFieldType.STRING, reverse),
            };
        }

        fields[^1] = ById;
        return fields;
    }
}
