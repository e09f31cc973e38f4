using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2025-10-21", "2025-10-21")]
    [InlineData("2025-10-21T10:32:00Z", "2025-10-21")]
    [InlineData("October 21, 2025", "2025-10-21")]
    [InlineData("Oct. 22, 2025", "2025-10-22")]
    [InlineData("Sept 3 2025", "2025-09-03")]
    [InlineData("1 September 2025", "2025-09-01")]
    [InlineData("30th of October, 2025", "2025-10-30")]
    [InlineData("October 2025", "2025-10")]
    [InlineData("Tuesday, October 21, 2025", "2025-10-21")]
    [InlineData("October 21, 2025 10:32 AM EDT", "2025-10-21")]
    [InlineData("Tue, 21 Oct 2025 10:00:00 GMT", "2025-10-21")] // RSS
    [InlineData("Tue, 21 Oct 2025 10:00:00 +0200", "2025-10-21")]
    [InlineData("2025/10/21", "2025-10-21")]
    [InlineData("22/10/2025", "2025-10-22")] // only day-first reads
    [InlineData("10/22/2025", "2025-10-22")] // only month-first reads
    [InlineData("05.05.2025", "2025-05-05")] // either way the same day
    public void Dates_as_exports_and_feeds_write_them_are_read(string text, string expected)
    {
        Assert.True(PublicationDate.TryRead(text, out var date, out var problem), problem);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("03/04/2025", "day/month or month/day")]
    [InlineData("February 30, 2025", "no day of the calendar")]
    [InlineData("Octember 21, 2025", "not a month")]
    [InlineData("Someday, 21 Oct 2025", "is not a date")]
    [InlineData("21/13/2025", "no day of the calendar")]
    [InlineData("last Tuesday", "is not a date")]
    [InlineData("October 21, 25", "is not a date")]
    public void A_date_that_cannot_be_read_for_certain_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(PublicationDate.TryRead(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
