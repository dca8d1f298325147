using System.Net;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Snippets for hits: the stored plain text is HTML-encoded by the highlighter's encoder and only the
/// &lt;mark&gt; tags it adds around matched words are markup.
/// </summary>
public sealed class SnippetHighlighter(SearchAnalyzer analyzer)
{
    private const int FragmentChars = 160;
    private const int MaxFragments = 2;
    private const int MaxCharsToAnalyze = IndexDocumentFactory.MaxSnippetBodyChars;

    public IReadOnlyList<string> Snippets(Query? cultureQuery, string culture, string? summary, string? body)
    {
        var field = SearchFields.Text(culture);
        if (cultureQuery is not null)
        {
            var scorer = new QueryScorer(cultureQuery, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
                MaxDocCharsToAnalyze = MaxCharsToAnalyze,
            };

            foreach (var text in new[] { summary, body })
            {
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                using var stream = analyzer.GetTokenStream(field, text);
                var fragments = highlighter.GetBestFragments(stream, text, MaxFragments)
                    .Where(f => f.Contains("<mark>", StringComparison.Ordinal))
                    .ToList();
                if (fragments.Count > 0)
                {
                    return fragments;
                }
            }
        }

        var plain = !string.IsNullOrEmpty(summary) ? summary : body;
        if (string.IsNullOrEmpty(plain))
        {
            return [];
        }

        var cut = plain.Length <= FragmentChars ? plain : plain[..FragmentChars].TrimEnd() + "…";
        return [WebUtility.HtmlEncode(cut)];
    }
}
