using System.Globalization;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Cms.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Public search over the external index: published, routable content only. Facet counts are
/// drill-sideways: each facet is counted with its own filter removed and every other filter applied.
/// </summary>
public sealed class SearchService(
    SearchIndexManager indexes,
    TextQueryBuilder textQueries,
    SnippetHighlighter highlighter,
    CountryCatalog countries,
    ContentSchema schema,
    CultureSettings cultures,
    IOptions<SearchOptions> options) : IDisposable
{
    private const int MaxFacetValues = 30;
    private const int MaxCachedFilters = 2048;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachingWrapperFilter> _filters = new(StringComparer.Ordinal);
    private volatile BrowseCounts? _browse;
    private readonly SearchOptions _options = options.Value;
    private readonly SemaphoreSlim _concurrency = new(options.Value.MaxConcurrentSearches, options.Value.MaxConcurrentSearches);

    /// <summary>Runs a validated search.</summary>
    /// <returns>The response, or field errors (an unknown conflict region).</returns>
    /// <exception cref="SearchUnavailableException">The index is being built for the first time, or too many searches run at once.</exception>
    /// <exception cref="SearchTimeoutException">The search ran past its time box.</exception>
    public (SearchResponse? Response, Dictionary<string, string[]>? Errors) Search(SearchRequest request)
    {
        if (!_concurrency.Wait(_options.TimeBudget))
        {
            throw new SearchUnavailableException("Too many searches are running; try again in a moment.");
        }

        try
        {
            return indexes.External.Search(searcher => Run(searcher, request));
        }
        finally
        {
            _concurrency.Release();
        }
    }

    private (SearchResponse?, Dictionary<string, string[]>?) Run(IndexSearcher searcher, SearchRequest request)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        // The text is matched in every culture; the language filter narrows the hits, and the language facet, counted
        // without that filter, still sees the other languages.
        var searchCultures = cultures.Cultures;
        Query main = new MatchAllDocsQuery();
        IReadOnlyDictionary<string, Query> byCulture = new Dictionary<string, Query>();
        if (request.Text is { } text)
        {
            var (q, perCulture) = textQueries.Build(text, searchCultures);
            // Every word is a stop word in every language searched: nothing can match.
            main = q ?? new BooleanQuery { { new TermQuery(new Term(SearchFields.Key, "\u0000")), Occur.MUST } };
            byCulture = perCulture;
        }

        var facetFilters = new Dictionary<string, Query>(StringComparer.Ordinal);
        var otherFilters = new List<Query>();
        if (request.Regions.Count > 0)
        {
            facetFilters[SearchFields.Region] = AnyOf(request.Regions.SelectMany(r => Expand(SearchFields.Region, r,
                CountryCatalog.TryParseRegion(r, out var region) ? countries.InRegion(region) : [])));
        }

        if (request.SubRegions.Count > 0)
        {
            facetFilters[SearchFields.SubRegion] = AnyOf(request.SubRegions.SelectMany(s => Expand(SearchFields.SubRegion, s, countries.InSubRegion(s))));
        }

        if (request.Countries.Count > 0)
        {
            facetFilters[SearchFields.Country] = AnyOf(request.Countries.Select(c => (SearchFields.Country, c)));
        }

        if (request.Conflicts.Count > 0)
        {
            facetFilters[SearchFields.Conflict] = AnyOf(request.Conflicts.Select(c => (SearchFields.Conflict, c.ToString("D"))));
        }

        if (request.Types.Count > 0)
        {
            facetFilters[SearchFields.Type] = AnyOf(request.Types.Select(t => (SearchFields.Type, t)));
        }

        if (request.Languages.Count > 0)
        {
            facetFilters[SearchFields.Language] = AnyOf(request.Languages.Select(l => (SearchFields.Language, l)));
        }

        if (request.YearFrom is not null || request.YearTo is not null)
        {
            facetFilters[SearchFields.Year] = Cached($"year\u0001{request.YearFrom}\u0001{request.YearTo}",
                () => NumericRangeFilter.NewInt32Range(SearchFields.YearNumber, request.YearFrom, request.YearTo, true, true));
        }

        if (request.Initiatives.Count > 0)
        {
            otherFilters.Add(AnyOf(request.Initiatives.Select(i => (SearchFields.Initiative, i.ToString("D")))));
        }

        foreach (var conflictRegion in request.ConflictRegions)
        {
            var key = conflictRegion.ToString("D");
            var members = StoredValues(searcher, key, SearchFields.Country);
            if (members is null)
            {
                return (null, new Dictionary<string, string[]> { ["conflictRegion"] = ["No published conflict region has this key."] });
            }

            // A conflict region matches what is tagged with it and what is tagged with any of its countries.
            otherFilters.Add(AnyOf(members.Select(c => (SearchFields.Country, c)).Append((SearchFields.ConflictRegion, key))));
        }

        var needed = request.Page * request.PageSize;
        // An item has up to one document per culture; collect enough documents to fill the page with distinct items.
        var numHits = needed * Math.Max(1, request.Languages.Count > 0 ? request.Languages.Count : searchCultures.Count);
        ITopDocsCollector top = request.Sort == SearchSort.Relevance && request.Text is not null
            ? TopScoreDocCollector.Create(numHits, true)
            : TopFieldCollector.Create(SortFor(request.Sort), numHits, false, false, false, true);
        // Browsing (no words, no filters) has the same total and facets on every page until the index changes,
        // and counting them means visiting every document: keep them for the reader they were counted on.
        var browsing = request.Text is null && facetFilters.Count == 0 && otherFilters.Count == 0;
        if (browsing && _browse is { } cached && ReferenceEquals(cached.Reader, searcher.IndexReader))
        {
            Collect(searcher, main, (ICollector)top, deadline);
            return (new SearchResponse(cached.Total, request.Page, request.PageSize, Page(searcher, top.GetTopDocs(), request, byCulture), cached.Facets), null);
        }

        var unfiltered = SearchFields.Facets.Where(f => !facetFilters.ContainsKey(f)).ToList();
        var mainCollector = new FacetCountingCollector(unfiltered, (ICollector)top);
        Collect(searcher, Filtered(main, facetFilters.Values.Concat(otherFilters)), mainCollector, deadline);

        var facetCounts = new Dictionary<string, Dictionary<string, int>>(mainCollector.Counts, StringComparer.Ordinal);
        foreach (var (field, _) in facetFilters)
        {
            var sideways = new FacetCountingCollector([field], null);
            // Counting needs the matches, not their scores.
            Collect(searcher, Filtered(new ConstantScoreQuery(main), facetFilters.Where(f => f.Key != field).Select(f => f.Value).Concat(otherFilters)), sideways, deadline);
            facetCounts[field] = sideways.Counts[field];
        }

        var hits = Page(searcher, top.GetTopDocs(), request, byCulture);
        var facets = BuildFacets(searcher, facetCounts, request);
        if (browsing)
        {
            _browse = new BrowseCounts(searcher.IndexReader, mainCollector.Items, facets);
        }

        return (new SearchResponse(mainCollector.Items, request.Page, request.PageSize, hits, facets), null);
    }

    private sealed record BrowseCounts(IndexReader Reader, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    private static IEnumerable<(string Field, string Value)> Expand(string field, string value, IEnumerable<Country> members) =>
        members.Select(c => (SearchFields.Country, c.Alpha2)).Prepend((field, value));

    private Query AnyOf(IEnumerable<(string Field, string Value)> terms)
    {
        var distinct = terms.Distinct().OrderBy(t => t.Field, StringComparer.Ordinal).ThenBy(t => t.Value, StringComparer.Ordinal).ToList();
        return Cached(string.Join('\u0001', distinct.Select(t => t.Field + "\u0002" + t.Value)), () =>
        {
            var q = new BooleanQuery();
            foreach (var (field, value) in distinct)
            {
                q.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            return new QueryWrapperFilter(q);
        });
    }

    /// <summary>
    /// Filters are few (regions, types, years…) and reused by many searches: each keeps its matching documents per
    /// segment, so a region that expands to fifty countries costs one bitset lookup after its first use.
    /// </summary>
    private ConstantScoreQuery Cached(string key, Func<Filter> create)
    {
        if (!_filters.TryGetValue(key, out var filter))
        {
            if (_filters.Count >= MaxCachedFilters)
            {
                _filters.Clear();
            }

            filter = _filters.GetOrAdd(key, _ => new CachingWrapperFilter(create()));
        }

        return new ConstantScoreQuery(filter);
    }

    private static Query Filtered(Query main, IEnumerable<Query> filters)
    {
        var all = new BooleanQuery();
        foreach (var f in filters)
        {
            all.Add(f, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? main : new FilteredQuery(main, new QueryWrapperFilter(all));
    }

    private static Sort SortFor(SearchSort sort) => new(
        new SortField(SearchFields.SortDate, SortFieldType.INT64, sort != SearchSort.Oldest),
        new SortField(SearchFields.CultureRank, SortFieldType.INT64),
        SortField.FIELD_DOC);

    private void Collect(IndexSearcher searcher, Query query, ICollector collector, System.Diagnostics.Stopwatch elapsed)
    {
        var remaining = (long)(_options.TimeBudget - elapsed.Elapsed).TotalMilliseconds;
        if (remaining <= 0)
        {
            throw new SearchTimeoutException();
        }

        try
        {
            searcher.Search(query, new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, remaining));
        }
        catch (TimeLimitingCollector.TimeExceededException ex)
        {
            throw new SearchTimeoutException("The search took too long.", ex);
        }
    }

    private List<SearchHit> Page(IndexSearcher searcher, TopDocs topDocs, SearchRequest request, IReadOnlyDictionary<string, Query> byCulture)
    {
        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, SearchFields.NodeId);
        var rawWords = request.Text?.Parts.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var seen = new HashSet<long>();
        var skip = (request.Page - 1) * request.PageSize;
        var hits = new List<SearchHit>(request.PageSize);
        foreach (var scoreDoc in topDocs.ScoreDocs)
        {
            if (ids is not null && !seen.Add(ids.Get(scoreDoc.Doc)))
            {
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            var doc = searcher.Doc(scoreDoc.Doc);
            var culture = doc.Get(SearchFields.Culture) ?? SearchFields.InvariantCulture;
            var textCulture = culture == SearchFields.InvariantCulture ? cultures.Default : culture;
            var type = doc.Get(SearchFields.Type) ?? "";
            hits.Add(new SearchHit(
                Guid.Parse(doc.Get(SearchFields.Key)),
                doc.Get(SearchFields.NodeName) ?? "",
                type,
                TypeLabel(type),
                doc.Get(SearchFields.NodeTypeAlias) ?? "",
                doc.Get(SearchFields.Date),
                culture,
                doc.GetValues(SearchFields.Region),
                doc.GetValues(SearchFields.Country),
                doc.Get(SearchFields.Url),
                highlighter.Snippets(byCulture.GetValueOrDefault(textCulture), textCulture, doc.Get(SearchFields.SnippetSummary), doc.Get(SearchFields.SnippetBody), rawWords)));
            if (hits.Count == request.PageSize)
            {
                break;
            }
        }

        return hits;
    }

    private Dictionary<string, IReadOnlyList<FacetValue>> BuildFacets(IndexSearcher searcher, Dictionary<string, Dictionary<string, int>> counts, SearchRequest request)
    {
        var selected = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            [SearchFields.Region] = request.Regions,
            [SearchFields.SubRegion] = request.SubRegions,
            [SearchFields.Country] = request.Countries,
            [SearchFields.Conflict] = request.Conflicts.Select(c => c.ToString("D")),
            [SearchFields.Type] = request.Types,
            [SearchFields.Language] = request.Languages,
            [SearchFields.Year] = [],
        };

        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var field in SearchFields.Facets)
        {
            var values = counts.GetValueOrDefault(field) ?? [];
            var chosen = selected[field].ToHashSet(StringComparer.Ordinal);
            foreach (var s in chosen)
            {
                values.TryAdd(s, 0);
            }

            var ordered = field == SearchFields.Year
                ? values.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal);
            var top = ordered.Where(v => v.Value > 0 || chosen.Contains(v.Key)).Take(MaxFacetValues).ToList();
            var labels = field == SearchFields.Conflict ? ConflictNames(searcher, top.Select(v => v.Key)) : null;
            result[field] = top.Select(v => new FacetValue(v.Key, Label(field, v.Key, labels), v.Value, chosen.Contains(v.Key))).ToList();
        }

        return result;
    }

    private string Label(string field, string value, Dictionary<string, string>? names) => field switch
    {
        SearchFields.Country => countries.Find(value)?.Name ?? value,
        SearchFields.Type => TypeLabel(value),
        SearchFields.Language => LanguageName(value),
        SearchFields.Conflict => names?.GetValueOrDefault(value) ?? value,
        _ => value,
    };

    private static string LanguageName(string culture)
    {
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            return info.NativeName.Length > 0 ? char.ToUpper(info.NativeName[0], info) + info.NativeName[1..] : culture;
        }
        catch (CultureNotFoundException)
        {
            return culture;
        }
    }

    /// <summary>"meetingSummary" → "Meeting summary"; a document type alias → the type's name.</summary>
    public string TypeLabel(string type)
    {
        if (schema.Find(type) is { } contentType)
        {
            return contentType.Name;
        }

        var sb = new System.Text.StringBuilder(type.Length + 4);
        foreach (var c in type)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return sb.ToString();
    }

    private Dictionary<string, string> ConflictNames(IndexSearcher searcher, IEnumerable<string> keys)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var q = new BooleanQuery();
        foreach (var key in keys)
        {
            q.Add(new TermQuery(new Term(SearchFields.Key, key)), Occur.SHOULD);
        }

        if (q.Clauses.Count == 0)
        {
            return names;
        }

        foreach (var sd in searcher.Search(q, q.Clauses.Count * cultures.Cultures.Count).ScoreDocs)
        {
            var doc = searcher.Doc(sd.Doc);
            var key = doc.Get(SearchFields.Key);
            var culture = doc.Get(SearchFields.Culture);
            if (!names.ContainsKey(key) || culture == cultures.Default)
            {
                names[key] = doc.Get(SearchFields.NodeName) ?? key;
            }
        }

        return names;
    }

    /// <summary>Stored values of one field of a published item, or null when the item is not in the index.</summary>
    private static string[]? StoredValues(IndexSearcher searcher, string key, string field)
    {
        var top = searcher.Search(new TermQuery(new Term(SearchFields.Key, key)), 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).GetValues(field);
    }

    public void Dispose() => _concurrency.Dispose();
}
