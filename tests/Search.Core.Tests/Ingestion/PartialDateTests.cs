using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-12-27", DatePrecision.Day, "2024-12-27", "2024-12-27")]
    [InlineData("2024-12-27T08:30:00Z", DatePrecision.Day, "2024-12-27", "2024-12-27")]
    public void Dates_keep_their_precision_and_cover_their_days(string text, DatePrecision precision, string first, string last)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.LastDay);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("0999")]
    [InlineData("27/12/2024")]
    [InlineData("")]
    [InlineData("2024-1")]
    [InlineData("٢٠٢٤")]
    [InlineData("２０２４-１２")]
    [InlineData("2024-1٢")]
    public void Impossible_or_foreign_dates_are_rejected(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void A_date_lists_itself_with_its_ancestors()
    {
        Assert.Equal(["2024", "2024-12", "2024-12-27"], PartialDate.Parse("2024-12-27").WithAncestors());
        Assert.Equal("2024-12", PartialDate.Parse("2024-12").ToString());
    }
}
