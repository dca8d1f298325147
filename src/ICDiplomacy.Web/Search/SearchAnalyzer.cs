using Lucene.Net.Analysis;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Picks the analyser by field name: text fields carry their culture as a suffix (<c>nodeName_fr</c>,
/// <c>__Text_ar</c>); every other field is a keyword and is never analysed.
/// </summary>
public sealed class SearchAnalyzer : AnalyzerWrapper
{
    private readonly Dictionary<string, CultureAnalyzer> _byCulture;
    private readonly CultureAnalyzer _default;
    private readonly Analyzer _keyword = new Lucene.Net.Analysis.Core.KeywordAnalyzer();

    public SearchAnalyzer(IEnumerable<string> cultures, string defaultCulture)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _byCulture = cultures.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => new CultureAnalyzer(c), StringComparer.Ordinal);
        _default = _byCulture.TryGetValue(defaultCulture, out var d) ? d : new CultureAnalyzer(defaultCulture);
    }

    public IReadOnlyCollection<string> Cultures => _byCulture.Keys;

    public CultureAnalyzer ForCulture(string culture) => _byCulture.GetValueOrDefault(culture) ?? _default;

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        var underscore = fieldName.LastIndexOf('_');
        return underscore > 0 && _byCulture.TryGetValue(fieldName[(underscore + 1)..], out var a) ? a : _keyword;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var a in _byCulture.Values)
            {
                a.Dispose();
            }

            _default.Dispose();
            _keyword.Dispose();
        }

        base.Dispose(disposing);
    }
}
