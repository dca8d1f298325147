using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Builds the text part of a search from <see cref="VisitorText"/> without any query parser: each word or
/// phrase is analysed with each culture's analyser and becomes a TermQuery or PhraseQuery on that culture's
/// name and text fields. All words must match (in one culture's document); the name counts more.
/// </summary>
public sealed class TextQueryBuilder(SearchAnalyzer analyzer)
{
    private const float NameBoost = 3f;

    /// <summary>The query per culture (for highlighting) and their union; null when no culture's analyser left a word.</summary>
    public (Query? Query, IReadOnlyDictionary<string, Query> ByCulture) Build(VisitorText text, IEnumerable<string> cultures)
    {
        var byCulture = new Dictionary<string, Query>(StringComparer.Ordinal);
        var union = new BooleanQuery();
        foreach (var culture in cultures)
        {
            var all = new BooleanQuery();
            foreach (var part in text.Parts)
            {
                var tokens = Analyse(culture, part.Text);
                if (tokens.Count == 0)
                {
                    // A stop word in this culture ("the", "le"): it constrains nothing here.
                    continue;
                }

                var either = new BooleanQuery
                {
                    { Unit(SearchFields.NodeNameIn(culture), tokens, NameBoost), Occur.SHOULD },
                    { Unit(SearchFields.Text(culture), tokens, 1f), Occur.SHOULD },
                };
                all.Add(either, Occur.MUST);
            }

            if (all.Clauses.Count > 0)
            {
                byCulture[culture] = all;
                union.Add(all, Occur.SHOULD);
            }
        }

        return (union.Clauses.Count == 0 ? null : union, byCulture);
    }

    private static Query Unit(string field, List<(string Term, int Position)> tokens, float boost)
    {
        Query q;
        if (tokens.Count == 1)
        {
            q = new TermQuery(new Term(field, tokens[0].Term));
        }
        else
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in tokens)
            {
                phrase.Add(new Term(field, term), position);
            }

            q = phrase;
        }

        q.Boost = boost;
        return q;
    }

    private List<(string Term, int Position)> Analyse(string culture, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.ForCulture(culture).GetTokenStream(SearchFields.Text(culture), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }

        stream.End();
        if (result.Count > 0 && result[0].Item2 > 0)
        {
            // Leading stop words leave a gap before the first word; phrases are relative.
            var offset = result[0].Item2;
            result = result.Select(t => (t.Item1, t.Item2 - offset)).ToList();
        }

        return result;
    }
}
