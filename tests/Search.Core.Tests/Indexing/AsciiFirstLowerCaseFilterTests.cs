using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Search.Core.Indexing;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class AsciiFirstLowerCaseFilterTests
{
    [Theory]
    [InlineData("NORTH Korean soldier")]
    [InlineData("ZELENSKŸY Ἀθῆναι ÇAĞLAR")]
    [InlineData("KIM-Jong ÜBER straße 𝐀𝐁𝐂 ΣΊΣΥΦΟΣ")]
    [InlineData("abc123 MiXeD ÀB À")]
    public void Lower_cases_exactly_as_lucene_does(string text)
    {
        Assert.Equal(Tokens(text, stream => new LowerCaseFilter(NewsAnalyzer.Version, stream)), Tokens(text, stream => new AsciiFirstLowerCaseFilter(stream)));
    }

    [Fact]
    public void Lower_cases_the_dotted_capital_i_which_lucene_leaves_upper_case()
    {
        Assert.Equal(["İstanbul"], Tokens("İSTANBUL", stream => new LowerCaseFilter(NewsAnalyzer.Version, stream)));
        Assert.Equal(["istanbul"], Tokens("İSTANBUL", stream => new AsciiFirstLowerCaseFilter(stream)));
    }

    private static List<string> Tokens(string text, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new WhitespaceTokenizer(NewsAnalyzer.Version, new StringReader(text)));
        return TokenStreams.Terms(stream);
    }
}
