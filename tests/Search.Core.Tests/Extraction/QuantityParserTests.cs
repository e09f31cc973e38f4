using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public sealed class QuantityParserTests
{
    private static Quantity Single(string text) => Assert.Single(QuantityParser.Parse(text));

    [Theory]
    [InlineData("more than 3,000 soldiers", "more than", "(3000, ∞)")]
    [InlineData("over 3,000 casualties", "over", "(3000, ∞)")]
    [InlineData("nearly 3,000 killed", "nearly", "[2700, 3000)")]
    [InlineData("up to 11,000 troops", "up to", "[0, 11000]")]
    [InlineData("around 12,000 troops", "around", "[10800, 13200]")]
    [InlineData("about 12,000", "about", "[10800, 13200]")]
    [InlineData("some 12,000 soldiers", "some", "[10800, 13200]")]
    [InlineData("at least 1,100 have been killed", "at least", "[1100, ∞)")]
    [InlineData("fewer than 500 returned", "fewer than", "[0, 500)")]
    [InlineData("as many as 1,000 injured", "as many as", "[0, 1000]")]
    [InlineData("an estimated 1.5 million refugees", "an estimated", "[1350000, 1650000]")]
    [InlineData("no more than 500 were released", "no more than", "[0, 500]")]
    [InlineData("no fewer than 500 were released", "no fewer than", "[500, ∞)")]
    [InlineData("about a dozen drones", "about", "[10.8, 13.2]")]
    [InlineData("nearly a million people", "nearly", "[900000, 1000000)")]
    [InlineData("another 22 suspected cases", "another", "[22, 22]")]
    [InlineData("a further 12 bodies", "a further", "[12, 12]")]
    [InlineData("an additional 40 troops", "an additional", "[40, 40]")]
    [InlineData("30 more people", "more", "[30, 30]")]
    [InlineData("30 more than last year", "", "[30, 30]")]
    [InlineData("killed 30, more were missing", "", "[30, 30]")]
    public void Hedges_give_their_interval(string text, string hedge, string interval)
    {
        var quantity = Single(text);

        Assert.Equal(hedge, quantity.Hedge);
        Assert.Equal(interval, quantity.Interval);
    }

    [Theory]
    [InlineData("another", true)]
    [InlineData("A further", true)]
    [InlineData("more", true)]
    [InlineData("more than", false)]
    [InlineData("about", false)]
    [InlineData("", false)]
    public void Additions_to_an_earlier_count_are_told_by_their_hedge(string hedge, bool increment)
    {
        Assert.Equal(increment, QuantityParser.IsIncrement(hedge));
    }

    [Theory]
    [InlineData("10,000 to 12,000 troops", "[10000, 12000]")]
    [InlineData("10,000-12,000 troops", "[10000, 12000]")]
    [InlineData("10,000–12,000 troops", "[10000, 12000]")]
    [InlineData("between 10,000 and 12,000 troops", "[10000, 12000]")]
    [InlineData("thousands of troops", "[2000, 10000]")]
    [InlineData("tens of thousands of people", "[20000, 100000]")]
    [InlineData("dozens of drones", "[24, 100]")]
    [InlineData("a dozen drones", "[12, 12]")]
    [InlineData("two thousand soldiers", "[2000, 2000]")]
    [InlineData("twenty-five thousand soldiers", "[25000, 25000]")]
    [InlineData("three hundred and twelve men", "[312, 312]")]
    [InlineData("1,000 more injured", "[1000, 1000]")]
    [InlineData("10 to 12 million people", "[10000000, 12000000]")]
    [InlineData("10-12 million people", "[10000000, 12000000]")]
    [InlineData("10–12 million people", "[10000000, 12000000]")]
    [InlineData("between 2 and 3 million people", "[2000000, 3000000]")]
    [InlineData("five to six thousand people", "[5000, 6000]")]
    [InlineData("500 to 2 million people", "[500, 2000000]")]
    [InlineData("between ten and twenty people", "[10, 20]")]
    [InlineData("several thousand people", "[3000, 9000]")]
    [InlineData("a few hundred people", "[200, 500]")]
    [InlineData("several hundred thousand refugees", "[300000, 900000]")]
    [InlineData("a few million people", "[2000000, 5000000]")]
    public void Ranges_vague_amounts_and_number_words_become_intervals(string text, string interval)
    {
        Assert.Equal(interval, Single(text).Interval);
    }

    [Theory]
    [InlineData("It happened in 2024 near the border.")]
    [InlineData("He was captured on December 26 in Kursk.")]
    [InlineData("captured alive on Dec. 26th has just passed away")]
    [InlineData("The 11th Corps is elite.")]
    [InlineData("At 5 a.m. the shelling began.")]
    [InlineData("One of the soldiers was seized.")]
    [InlineData("The shelling began at 10:30 local time.")]
    [InlineData("A 2019 earthquake in the valley left the road closed.")]
    public void Years_dates_ordinals_times_and_pronoun_one_are_not_quantities(string text)
    {
        Assert.Empty(QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("The strike destroyed 40% of the grid.")]
    [InlineData("Turnout fell to 40 percent of voters.")]
    [InlineData("Prices rose by 12 per cent in a year.")]
    [InlineData("The fund sent $3 million in aid.")]
    [InlineData("Each family received €200 and a blanket.")]
    [InlineData("Rent is 500 euros a month.")]
    public void Shares_and_sums_of_money_are_not_counts(string text)
    {
        Assert.Empty(QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("Tomas Brandt, 45, was killed when the shell hit.")]
    [InlineData("Giuffre, 41, died in 2025.")]
    [InlineData("The nurse, said Maria Lopez, 38, had left.")]
    public void A_persons_age_after_the_name_is_no_count(string text)
    {
        Assert.Empty(QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("Children under five are most at risk.")]
    [InlineData("People over 65 should stay indoors.")]
    [InlineData("Boys aged 12 to 14 were taken.")]
    [InlineData("Children under the age of five are most at risk.")]
    [InlineData("Those above 80 were moved first.")]
    public void An_age_that_says_which_people_are_meant_is_no_count(string text)
    {
        Assert.Empty(QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("The army said it killed under 300 fighters.", "under 300")]
    [InlineData("Over 500 people were injured.", "Over 500")]
    public void Under_and_over_before_a_count_stay_hedges(string text, string figure)
    {
        Assert.Equal(figure, Assert.Single(QuantityParser.Parse(text)).Text);
    }

    [Theory]
    [InlineData("Deaths were counted in Lozova, 5, Balakliia, 3, and Kupiansk, 2.", 3)]
    [InlineData("Lozova, 5, and Kupiansk, 2, reported deaths.", 2)]
    [InlineData("Kharkiv, 5, Sumy, 3, Izium, 2.", 3)]
    [InlineData("The victims included Smith, 45, and Jones, 38.", 2)] // kept where unsure: the count could be a place's
    public void Counts_in_a_list_of_places_are_still_found(string text, int count)
    {
        Assert.Equal(count, QuantityParser.Parse(text).Count);
    }

    [Fact]
    public void A_count_beside_a_share_is_still_found()
    {
        var quantity = Single("About 200 soldiers held 40% of the town.");

        Assert.Equal("About 200", quantity.Text);
    }

    [Theory]
    [InlineData("Officials said 200 may have been killed.", "[200, 200]")]
    [InlineData("Some 10,000 march in Paris.", "[9000, 11000]")]
    [InlineData("As many as 30 march through the town.", "[0, 30]")]
    public void Month_names_used_as_verbs_do_not_turn_counts_into_dates(string text, string interval)
    {
        Assert.Equal(interval, Single(text).Interval);
    }

    [Fact]
    public void Two_figures_in_one_sentence_are_both_found_with_their_offsets()
    {
        var text = "The NIS said more than 100 \"Storm\" troops had been killed and 1,000 more injured.";

        var quantities = QuantityParser.Parse(text);

        Assert.Equal(["more than 100", "1,000 more"], quantities.Select(q => q.Span.Of(text)));
        Assert.Equal(["(100, ∞)", "[1000, 1000]"], quantities.Select(q => q.Interval));
    }

    [Fact]
    public void Nearly_and_more_than_the_same_figure_do_not_overlap_but_about_does()
    {
        var nearly = Single("nearly 3,000");
        var more = Single("more than 3,000");
        var about = Single("about 3,000");
        var atLeast = Single("at least 3,000");

        Assert.False(nearly.Overlaps(more));
        Assert.True(about.Overlaps(more));
        Assert.True(about.Overlaps(nearly));
        Assert.False(nearly.Overlaps(atLeast));
        Assert.True(more.Overlaps(atLeast));
    }

    [Theory]
    [InlineData("more than 3,000", "nearly 3,000", true)]
    [InlineData("about 3,000", "over 3,000", true)]
    [InlineData("up to 11,000", "around 11,000", true)]
    [InlineData("1,000", "1,050", true)]
    [InlineData("more than 100", "1,000", false)]
    [InlineData("at least 10", "at least 20", false)]
    [InlineData("nearly 3,000", "2,800", false)]
    [InlineData("at least 1,100", "1,000", false)]
    [InlineData("20", "21", false)] // small exact counts: only the same number
    [InlineData("21", "21", true)]
    [InlineData("about 20", "21", true)]
    [InlineData("99", "100", true)]
    public void Figures_that_state_about_the_same_number_are_told_apart_from_intervals_that_merely_overlap(string first, string second, bool same)
    {
        Assert.Equal(same, Single(first).StatesAboutTheSame(Single(second)));
        Assert.Equal(same, Single(second).StatesAboutTheSame(Single(first)));
    }

    [Fact]
    public void Numbers_too_long_for_a_double_and_digits_of_other_scripts_are_not_figures()
    {
        Assert.Empty(QuantityParser.Parse(new string('9', 400) + " soldiers were killed."));
        Assert.Empty(QuantityParser.Parse("1٢ soldiers were killed in ٢٠٢٤."));
        Assert.Equal(12, Single("12 soldiers were killed.").Low);
    }

    [Theory]
    [InlineData("the army deployed 10 000 troops", 10_000)]
    [InlineData("the army deployed 2 500 000 troops", 2_500_000)]
    [InlineData("the army deployed 1250 000 troops", 1250)] // a first group of four digits is a number of its own
    [InlineData("the army deployed 12 (100 of them reservists)", 12)] // only one space sets thousands apart
    [InlineData("the army deployed 10 00 troops", 10)] // later groups have three digits
    public void Thousands_set_apart_by_a_space_read_as_one_number(string text, double first)
    {
        Assert.Equal(first, QuantityParser.Parse(text)[0].Low);
    }
}
