using ICDiplomacy.Web.Cms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Backoffice search over the internal index (drafts, unpublished and, on request, trashed items), limited
/// to the caller's start nodes and cultures. Visitor-text rules apply to editors too: no query syntax.
/// Sensitive properties are not in this index either (see the README's search section).
/// </summary>
public sealed class InternalSearchService(SearchIndexManager indexes, TextQueryBuilder textQueries, CultureSettings cultures, IOptions<SearchOptions> options)
{
    private readonly SearchOptions _options = options.Value;

    public InternalSearchResult Search(InternalSearchRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Page < 1 || request.Page > _options.MaxPage)
        {
            errors["page"] = [$"page must be from 1 to {_options.MaxPage}."];
        }

        if (request.PageSize < 1 || request.PageSize > _options.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be from 1 to {_options.MaxPageSize}."];
        }

        VisitorText? text = null;
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            text = VisitorText.Parse(request.Text);
            if (request.Text.Length > _options.MaxQueryLength || text.WordCount > _options.MaxTerms)
            {
                errors["text"] = [$"The search text may be at most {_options.MaxQueryLength} characters and {_options.MaxTerms} words."];
            }
        }

        var allowedCultures = request.Cultures.Select(c => cultures.Normalize(c)).OfType<string>().Distinct().ToList();
        if (errors.Count > 0)
        {
            return new InternalSearchResult(0, [], errors);
        }

        if (request.StartNodeIds.Count == 0)
        {
            return new InternalSearchResult(0, [], errors);
        }

        return indexes.Internal.Search(searcher =>
        {
            Query main = new MatchAllDocsQuery();
            if (text is not null)
            {
                var (q, _) = textQueries.Build(text, allowedCultures.Count > 0 ? allowedCultures : [cultures.Default]);
                if (q is null)
                {
                    return new InternalSearchResult(0, [], errors);
                }

                main = q;
            }

            var filter = new BooleanQuery();
            if (!request.StartNodeIds.Contains(-1))
            {
                var nodes = new BooleanQuery();
                foreach (var id in request.StartNodeIds.Distinct())
                {
                    nodes.Add(new TermQuery(new Term(SearchFields.Ancestors, id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.SHOULD);
                }

                filter.Add(nodes, Occur.MUST);
            }

            var cultureFilter = new BooleanQuery { { new TermQuery(new Term(SearchFields.Culture, SearchFields.InvariantCulture)), Occur.SHOULD } };
            foreach (var c in allowedCultures)
            {
                cultureFilter.Add(new TermQuery(new Term(SearchFields.Culture, c)), Occur.SHOULD);
            }

            filter.Add(cultureFilter, Occur.MUST);
            if (request.ContentTypes is { Count: > 0 } types)
            {
                var typeFilter = new BooleanQuery();
                foreach (var t in types.Distinct())
                {
                    typeFilter.Add(new TermQuery(new Term(SearchFields.NodeTypeAlias, t)), Occur.SHOULD);
                }

                filter.Add(typeFilter, Occur.MUST);
            }

            if (!request.IncludeTrashed)
            {
                filter.Add(new TermQuery(new Term(SearchFields.Trashed, "n")), Occur.MUST);
            }

            var query = new FilteredQuery(main, new QueryWrapperFilter(filter));
            var numHits = request.Page * request.PageSize;
            var top = text is null
                ? searcher.Search(query, numHits, new Sort(new SortField(SearchFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_DOC))
                : searcher.Search(query, numHits);
            var hits = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize).Select(sd =>
            {
                var doc = searcher.Doc(sd.Doc);
                return new InternalSearchHit(
                    Guid.Parse(doc.Get(SearchFields.Key)),
                    doc.GetField(SearchFields.NodeId)?.GetInt64Value() ?? 0,
                    doc.Get(SearchFields.NodeName) ?? "",
                    doc.Get(SearchFields.NodeTypeAlias) ?? "",
                    doc.Get(SearchFields.Culture) ?? "",
                    doc.Get(SearchFields.Published) == "y",
                    doc.Get(SearchFields.Path) ?? "",
                    new DateTime(doc.GetField(SearchFields.UpdateDate)?.GetInt64Value() ?? 0, DateTimeKind.Utc));
            }).ToList();
            return new InternalSearchResult(top.TotalHits, hits, errors);
        });
    }
}
