using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

public sealed class DateResolverTests
{
    private static readonly PartialDate Friday = new(2024, 12, 27);

    private static TextDate Single(string text, PartialDate? published) => Assert.Single(DateResolver.Find(text, published));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The vote will be held on March 5, officials said.", "2025-02-20", "2025-03-05")]
    [InlineData("Talks are due to resume on January 3 in Geneva.", "2024-12-30", "2025-01-03")]
    [InlineData("The leaders will meet on Monday.", "2024-12-27", "2024-12-30")]
    [InlineData("The soldier was seized on March 5 near the border.", "2025-02-20", "2024-03-05")]
    [InlineData("The leaders met on Monday.", "2024-12-27", "2024-12-23")]
    [InlineData("Due to heavy fog, flights were cancelled on March 3.", "2025-03-10", "2025-03-03")]
    [InlineData("Putin, who will visit China, said on Friday that talks had failed.", "2024-12-27", "2024-12-27")]
    [InlineData("The company announced plans on Tuesday.", "2024-12-27", "2024-12-24")]
    [InlineData("The vote is on March 5, the commission said.", "2024-11-20", "2025-03-05")]
    [InlineData("Talks begin on Monday in Geneva.", "2024-12-27", "2024-12-30")]
    [InlineData("The inquiry is on the March 5 attack.", "2024-11-20", "2024-03-05")]
    public void A_sentence_that_looks_ahead_places_its_date_ahead(string text, string published, string expected)
    {
        Assert.Equal(Day(expected), Single(text, PartialDate.Parse(published)).From);
    }

    [Fact]
    public void Digits_of_other_scripts_and_the_last_days_of_the_calendar_are_handled_without_failing()
    {
        Assert.Empty(DateResolver.Find("The soldier was seized on March ١٥ in Kursk.", Friday));
        Assert.Equal(Day("9999-03-05"), Single("It happened on March 5, officials said.", new PartialDate(9999, 12, 31)).From);
    }

    [Theory]
    [InlineData("The soldier was seized on December 26 in Kursk.", "2024-12-26", "2024-12-26")]
    [InlineData("captured alive on Dec. 26th has just passed away", "2024-12-26", "2024-12-26")]
    [InlineData("said in a statement on Friday (Dec 27).", "2024-12-27", "2024-12-27")]
    [InlineData("Earlier on Thursday, the GUR said", "2024-12-26", "2024-12-26")]
    [InlineData("Zelenskyy said earlier this month that", "2024-12-01", "2024-12-27")]
    [InlineData("Moreover, this week, Zelensky claimed", "2024-12-23", "2024-12-27")]
    [InlineData("the lawmaker said last week.", "2024-12-16", "2024-12-22")]
    [InlineData("began sending troops to Russia in October", "2024-10-01", "2024-10-31")]
    [InlineData("on 3 January 2025 it was confirmed", "2025-01-03", "2025-01-03")]
    public void Dates_resolve_against_the_publication_day(string text, string from, string to)
    {
        var date = DateResolver.Find(text, Friday).Last();

        Assert.Equal((Day(from), Day(to)), (date.From!.Value, date.To!.Value));
    }

    [Fact]
    public void A_day_in_a_later_month_than_publication_is_last_year()
    {
        Assert.Equal(Day("2023-12-30"), Single("on December 30", new PartialDate(2024, 1, 5)).From);
    }

    [Theory]
    [InlineData("on Friday")]
    [InlineData("this week")]
    [InlineData("earlier this month")]
    [InlineData("December 26")]
    public void Without_a_publication_date_nothing_is_invented(string text)
    {
        var date = Single(text, null);

        Assert.False(date.IsResolved);
        Assert.Equal(text.Replace("on ", "", StringComparison.Ordinal), date.Text);
    }

    [Fact]
    public void A_month_precision_publication_date_resolves_months_but_not_weekdays()
    {
        var published = new PartialDate(2024, 12);

        Assert.False(Single("on Friday", published).IsResolved);
        Assert.Equal((Day("2024-12-01"), Day("2024-12-31")), (Single("earlier this month", published).From!.Value, Single("earlier this month", published).To!.Value));
        Assert.Equal(Day("2024-12-26"), Single("Dec. 26", published).From);
    }
}
