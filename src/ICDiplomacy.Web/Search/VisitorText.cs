using System.Text;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Visitor text split into bare words and quoted phrases, and nothing else: no field names, wildcards, fuzzy,
/// ranges, regular expressions or boolean operators are recognised (SECURITY-GUIDE §3). Each part is later
/// analysed and turned into TermQuery and PhraseQuery objects in code.
/// </summary>
public sealed record VisitorText(IReadOnlyList<VisitorText.Part> Parts, int WordCount)
{
    public sealed record Part(string Text, bool IsPhrase);

    public static VisitorText Parse(string text)
    {
        var parts = new List<Part>();
        var words = 0;
        var normalised = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Curly quotes count as quotes; control characters as spaces.
            normalised.Append(c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' ? '"' : char.IsControl(c) ? ' ' : c);
        }

        var s = normalised.ToString();
        var quotes = s.Count(c => c == '"');
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '"' && quotes >= 2)
            {
                var end = s.IndexOf('"', i + 1);
                var phrase = s[(i + 1)..end].Trim();
                quotes -= 2;
                if (phrase.Length > 0)
                {
                    var n = CountWords(phrase);
                    words += n;
                    parts.Add(new Part(phrase, IsPhrase: n > 1));
                }

                i = end + 1;
                continue;
            }

            var next = i;
            while (next < s.Length && !char.IsWhiteSpace(s[next]) && !(s[next] == '"' && quotes >= 2))
            {
                next++;
            }

            // An unbalanced quote is literal text, which the analyser drops like other punctuation.
            var word = s[i..next].Replace("\"", "", StringComparison.Ordinal);
            if (word.Length > 0)
            {
                words++;
                parts.Add(new Part(word, IsPhrase: false));
            }

            i = next;
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }
        }

        return new VisitorText(parts, words);
    }

    private static int CountWords(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public override string ToString() => string.Join(' ', Parts.Select(p => p.IsPhrase ? "\"" + p.Text + "\"" : p.Text));
}
