using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public sealed class WordCueTests
{
    private static readonly WordCue Months = new(["March", "May", "Mar"]);

    [Theory]
    [InlineData("The attack on March 5 killed three.")]
    [InlineData("Talks resume in Mar. next year.")]
    [InlineData("May")]
    [InlineData("Marching bands played until May, 2024.")] // a later whole word after a longer one
    [InlineData("mid-March")]
    public void Finds_a_whole_word(string text) => Assert.True(Months.IsIn(text));

    [Theory]
    [InlineData("Markets fell as Marcus marched on.")]
    [InlineData("march in lower case is another word")]
    [InlineData("Mayors met.")]
    [InlineData("")]
    public void Ignores_the_words_inside_longer_words_and_other_cases(string text) => Assert.False(Months.IsIn(text));

    [Fact]
    public void Ignores_case_when_asked()
    {
        var week = new WordCue(["week"], ignoreCase: true);
        Assert.True(week.IsIn("Later this WEEK, officials said."));
        Assert.False(week.IsIn("The weekend was quiet; weekly figures came out."));
    }
}
