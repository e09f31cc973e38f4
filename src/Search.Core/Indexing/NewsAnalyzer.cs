using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>Which stemmer the analyzer ends with.</summary>
public enum Stemmer
{
    /// <summary>Krovetz: gentle, dictionary-backed ("casualties" → "casualty", "troops" → "troop").</summary>
    KStem,
    /// <summary>Porter: aggressive ("casualties" → "casualti"), as Lucene's EnglishAnalyzer.</summary>
    Porter,
}

/// <summary>
/// The English analysis chain used at index and query time: "%" read as "percent", standard (UAX#29) tokens, possessives removed,
/// lower case, ASCII folding (so "Zelenskyy" with or without diacritics is one term), numbers without their
/// thousands separators ("3,381" is "3381"), English stop words, stemming.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version used throughout.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Stemmer _stemmer;

    /// <summary>Creates the analyzer with the given stemmer.</summary>
    public NewsAnalyzer(Stemmer stemmer = Stemmer.KStem) => _stemmer = stemmer;

    /// <summary>The stemmer the chain ends with.</summary>
    public Stemmer Stemmer => _stemmer;

    /// <summary>The stop words removed by the chain.</summary>
    public static CharArraySet StopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>A wide gap between the values of a multi-valued field, so a phrase never matches across two of them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>"%" becomes the word "percent", which the tokenizer would otherwise drop.</summary>
    protected override TextReader InitReader(string fieldName, TextReader reader) => new SignCharFilter(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new DigitGroupFilter(stream);
        stream = new AsciiFirstLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = _stemmer == Stemmer.KStem ? new CachedKStemFilter(stream) : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
