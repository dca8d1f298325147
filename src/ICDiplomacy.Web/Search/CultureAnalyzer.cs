using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// The text analysis of one culture. Every chain lower-cases and folds diacritics to ASCII before it stems,
/// so "Kartārpur" and "Kartarpur", "José" and "Jose", "sécurité" and "securite" index and query alike.
/// </summary>
public sealed class CultureAnalyzer(string culture) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Culture { get; } = culture;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (Culture == "zh")
        {
            // SmartCn segments Han text into words; Latin words inside Chinese text fold like everywhere else.
            var zh = new HMMChineseTokenizer(reader);
            TokenStream zs = new LowerCaseFilter(Version, zh);
            zs = new StopFilter(Version, zs, SmartChineseAnalyzer.DefaultStopSet);
            zs = new ASCIIFoldingFilter(zs);
            return new TokenStreamComponents(zh, zs);
        }

        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        switch (Culture)
        {
            case "fr":
                result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
                result = new LowerCaseFilter(Version, result);
                result = new StopFilter(Version, result, FrenchAnalyzer.DefaultStopSet);
                result = new ASCIIFoldingFilter(result);
                result = new FrenchLightStemFilter(result);
                break;
            case "es":
                result = new LowerCaseFilter(Version, result);
                result = new StopFilter(Version, result, SpanishAnalyzer.DefaultStopSet);
                result = new ASCIIFoldingFilter(result);
                result = new SpanishLightStemFilter(result);
                break;
            case "ru":
                result = new LowerCaseFilter(Version, result);
                result = new StopFilter(Version, result, RussianAnalyzer.DefaultStopSet);
                result = new ASCIIFoldingFilter(result);
                result = new RussianLightStemFilter(result);
                break;
            case "ar":
                result = new LowerCaseFilter(Version, result);
                result = new StopFilter(Version, result, ArabicAnalyzer.DefaultStopSet);
                result = new ArabicNormalizationFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new ArabicStemFilter(result);
                break;
            default:
                // English, and the fallback for any other configured culture.
                result = new EnglishPossessiveFilter(Version, result);
                result = new LowerCaseFilter(Version, result);
                result = new StopFilter(Version, result, Culture == "en" ? EnglishAnalyzer.DefaultStopSet : CharArraySet.Empty);
                result = new ASCIIFoldingFilter(result);
                if (Culture == "en")
                {
                    result = new PorterStemFilter(result);
                }

                break;
        }

        return new TokenStreamComponents(source, result);
    }
}
