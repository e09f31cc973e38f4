using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public sealed class WordsTests
{
    [Theory]
    [InlineData("Kim Jong-un's troops", new[] { "Kim", "Jong-un's", "troops" })]
    [InlineData("the naïve café in Kyiv", new[] { "the", "naïve", "café", "in", "Kyiv" })]
    [InlineData("Zelenskyy’s “plan” for the U.S. now", new[] { "Zelenskyy’s", "plan", "for", "the", "U.S.", "now" })]
    [InlineData("3,000 troops, 3.5 percent, 1,2 and a,b", new[] { "3,000", "troops", "3.5", "percent", "1,2", "and", "a", "b" })]
    [InlineData("ends-with-hyphen- and 'quoted' -- words.", new[] { "ends-with-hyphen", "and", "quoted", "words" })]
    [InlineData("Добрий день, Kyiv", new[] { "Добрий", "день", "Kyiv" })]
    public void Words_keep_inner_hyphens_apostrophes_and_number_separators_and_non_ascii_letters(string text, string[] expected)
    {
        Assert.Equal(expected, Words.Tokenize(text).Select(t => t.Text));
    }

    [Fact]
    public void Word_bounds_are_offsets_into_the_text_and_respect_the_end()
    {
        const string text = "Troops in Kursk, said officials";
        var words = Words.Tokenize(text, 7, 15);

        Assert.Equal(["in", "Kursk"], words.Select(w => w.Text));
        Assert.Equal((7, 9), (words[0].Start, words[0].End));
        Assert.Equal((10, 15), (words[1].Start, words[1].End));
    }
}
