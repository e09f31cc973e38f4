using Search.Core.Text;

namespace Search.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    [Theory]
    [InlineData("The U.S. Government said nothing.")]
    [InlineData("Lt. Gen. Kim Young-bok briefed lawmakers.")]
    [InlineData("He ranked No. 2 in the unit.")]
    [InlineData("The soldier was captured alive on Dec. 26th and died later.")]
    [InlineData("The strike came at 5 a.m. local time.")]
    [InlineData("\"Why?\" she said.")]
    [InlineData("Russians are trying… to literally burn the faces.")]
    [InlineData("Growth was 3.5 percent, or 3,000 more troops.")]
    [InlineData("J. K. Rowling and Kim J. Un were not there.")]
    [InlineData("The war—now in its third year—goes on.")]
    [InlineData("Some 11,000 troops, e.g. from the 11th Corps, arrived.")]
    public void Abbreviations_initials_numbers_and_quotes_do_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void An_abbreviation_followed_by_a_sentence_opener_ends_the_sentence()
    {
        Assert.Equal(["He lives in the U.S.", "How he got there is unclear."], Split("He lives in the U.S. How he got there is unclear."));
    }

    [Fact]
    public void A_number_with_a_decimal_point_is_no_abbreviation_and_its_period_ends_the_sentence()
    {
        Assert.Equal(["The index gained 0.4%.", "\"Investors see less risk,\" she said."], Split("The index gained 0.4%. \"Investors see less risk,\" she said."));
        Assert.Equal(["Shares closed at $12.50.", "Trading was thin."], Split("Shares closed at $12.50. Trading was thin."));
    }

    [Fact]
    public void Question_marks_exclamations_and_quotes_end_sentences()
    {
        Assert.Equal(["Is it over?", "\"No!\"", "The fighting goes on."], Split("Is it over? \"No!\" The fighting goes on."));
    }

    [Fact]
    public void Line_breaks_and_bullets_separate_items()
    {
        var text = "• A soldier was captured.\n\n  • He later died.\nNo comment was given";

        Assert.Equal(["A soldier was captured.", "He later died.", "No comment was given"], Split(text));
    }

    [Fact]
    public void A_quote_spanning_sentences_keeps_its_closing_mark_and_attribution_with_its_last_sentence()
    {
        var text = "\"There is no reason to fight. And even then, nothing changes,\" he continued. \"This must stop.\"";

        Assert.Equal(["\"There is no reason to fight.", "And even then, nothing changes,\" he continued.", "\"This must stop.\""], Split(text));
    }

    [Fact]
    public void Inline_bullets_and_ellipses_after_long_runs_of_plain_text_are_found()
    {
        var text = "Supplies arrived at the front over several long nights • Fuel ran short within days… Then the shelling began.";

        Assert.Equal(["Supplies arrived at the front over several long nights", "Fuel ran short within days…", "Then the shelling began."], Split(text));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = "First one.  Second one!";
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(new TextSpan(0, 10), spans[0]);
        Assert.Equal(new TextSpan(12, 11), spans[1]);
    }
}
