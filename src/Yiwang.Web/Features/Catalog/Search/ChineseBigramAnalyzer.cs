using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Yiwang.Web.Features.Catalog.Search;

/// <summary>
/// CJK bigram analysis (docs/decisions/0003): Han text becomes overlapping bigrams; the index also
/// keeps unigrams so that a one-character query is a term lookup, not a scan. Queries use bigrams
/// only (a lone character still yields its unigram), which keeps multi-character queries precise.
/// </summary>
internal sealed class ChineseBigramAnalyzer(bool withUnigrams) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, withUnigrams);
        return new TokenStreamComponents(source, stream);
    }
}
