using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Snippets for hits: a window of the stored plain text around the first matched word, with every matched word
/// in &lt;mark&gt;. All text is HTML-encoded; the &lt;mark&gt; tags are the only markup. The text is analysed
/// with the culture's analyser only up to the end of the window, which keeps a page of hits cheap (Lucene's
/// Highlighter re-scores every fragment of the whole text).
/// </summary>
public sealed class SnippetHighlighter(SearchAnalyzer analyzer)
{
    private const int Before = 60;
    private const int Length = 220;

    // rawWords: the visitor's words as typed; where one occurs verbatim, only the text around it is analysed.
    public IReadOnlyList<string> Snippets(Query? cultureQuery, string culture, string? summary, string? body, IReadOnlyCollection<string>? rawWords = null)
    {
        var field = SearchFields.Text(culture);
        if (cultureQuery is not null)
        {
            var terms = new HashSet<Term>();
            cultureQuery.ExtractTerms(terms);
            var words = terms.Where(t => t.Field == field).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            if (words.Count > 0)
            {
                foreach (var text in new[] { summary, body })
                {
                    if (!string.IsNullOrEmpty(text) && Window(field, text, words, Hint(text, rawWords)) is { } snippet)
                    {
                        return [snippet];
                    }
                }
            }
        }

        var plain = !string.IsNullOrEmpty(summary) ? summary : body;
        if (string.IsNullOrEmpty(plain))
        {
            return [];
        }

        return [Encode(plain.Length <= Length ? plain : Cut(plain, 0, Length) + "…")];
    }

    /// <summary>Where the first of the visitor's words occurs verbatim (ignoring case), or 0.</summary>
    private static int Hint(string text, IReadOnlyCollection<string>? rawWords)
    {
        var first = int.MaxValue;
        foreach (var word in rawWords ?? [])
        {
            var i = word.Length < 2 ? -1 : text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i < first)
            {
                first = i;
            }
        }

        return first == int.MaxValue ? 0 : first;
    }

    private string? Window(string field, string text, HashSet<string> words, int hint)
    {
        if (hint > 0)
        {
            // Analyse from a word boundary shortly before the verbatim hit; fall back to the whole text if that finds nothing.
            var from = WordStart(text, Math.Max(0, hint - Before));
            if (Window(field, text, from, words) is { } near)
            {
                return near;
            }
        }

        return Window(field, text, 0, words);
    }

    private string? Window(string field, string text, int from, HashSet<string> words)
    {
        var marks = new List<(int Start, int End)>();
        var windowStart = -1;
        var windowEnd = text.Length;
        using (var stream = analyzer.GetTokenStream(field, from == 0 ? text : text[from..]))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var start = from + offsets.StartOffset;
                var end = from + offsets.EndOffset;
                if (windowStart >= 0 && start >= windowEnd)
                {
                    break;
                }

                if (!words.Contains(term.ToString()))
                {
                    continue;
                }

                if (windowStart < 0)
                {
                    windowStart = WordStart(text, Math.Max(from, start - Before));
                    windowEnd = Math.Min(text.Length, windowStart + Length);
                }

                if (end <= windowEnd)
                {
                    marks.Add((start, end));
                }
            }

            stream.End();
        }

        if (marks.Count == 0)
        {
            return null;
        }

        windowEnd = WordEnd(text, windowEnd);
        var sb = new StringBuilder(Length + 64);
        if (windowStart > 0)
        {
            sb.Append('…');
        }

        var at = windowStart;
        foreach (var (start, end) in marks)
        {
            if (start < at)
            {
                continue;
            }

            sb.Append(Encode(text[at..start])).Append("<mark>").Append(Encode(text[start..end])).Append("</mark>");
            at = end;
        }

        sb.Append(Encode(text[at..windowEnd]));
        if (windowEnd < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    /// <summary>Escapes the five characters that matter in HTML text and attributes; other characters stay as they are (readable Arabic, French, Chinese).</summary>
    internal static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static string Cut(string text, int start, int length) => text[start..WordEnd(text, Math.Min(text.Length, start + length))].TrimEnd();

    // Windows start and end between words, never inside one.
    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
