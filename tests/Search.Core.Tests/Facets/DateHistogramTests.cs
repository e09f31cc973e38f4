using Search.Core.Facets;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Facets;

public sealed class DateHistogramTests
{
    [Fact]
    public void Days_up_to_the_last_one_of_the_calendar_are_counted_without_failing()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Kursk report.", published: new PartialDate(9999, 12, 31)),
            TestRecords.Article("b", "Kursk report.", published: new PartialDate(9999, 12, 30)),
        ]);

        var histogram = search.Search("Kursk").Histogram!;

        Assert.Equal("day", histogram.Interval);
        Assert.Equal([("9999-12-30", 1), ("9999-12-31", 1)], histogram.Buckets.Select(b => (b.Key, b.Count)));
    }

    [Fact]
    public void Months_up_to_the_last_one_of_the_calendar_are_counted_without_failing()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Kursk report.", published: new PartialDate(9999, 12, 31)),
            TestRecords.Article("b", "Kursk report.", published: new PartialDate(9999, 1, 15)),
            TestRecords.Article("c", "Kursk report.", published: new PartialDate(9999, 6)),
            TestRecords.Article("d", "Kursk report.", published: new PartialDate(9998, 12, 1)),
        ]);

        var histogram = search.Search("Kursk").Histogram!;

        Assert.Equal("month", histogram.Interval);
        Assert.Equal(("9999-12", 1), (histogram.Buckets[^1].Key, histogram.Buckets[^1].Count));
        Assert.Equal(13, histogram.Buckets.Count);
    }

    [Fact]
    public void A_span_longer_than_the_histogram_draws_its_latest_months_and_counts_the_earlier_ones()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Kursk report.", published: new PartialDate(1980, 1, 5)),
            TestRecords.Article("b", "Kursk report.", published: new PartialDate(1980, 2, 5)),
            TestRecords.Article("c", "Kursk report.", published: new PartialDate(2025, 3, 1)),
            TestRecords.Article("d", "Kursk report.", published: new PartialDate(2025)),
        ]);

        var histogram = search.Search("Kursk").Histogram!;

        Assert.Equal(DateHistogramBuilder.MaxBuckets, histogram.Buckets.Count);
        Assert.Equal(("2025-03", 1), (histogram.Buckets[^1].Key, histogram.Buckets[^1].Count));
        Assert.Equal(2, histogram.Earlier);
        Assert.Equal(1, histogram.Imprecise);
    }

    [Fact]
    public void The_date_facet_lists_its_busiest_values_newest_first()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Kursk report.", published: new PartialDate(2023, 3, 1)),
            TestRecords.Article("b", "Kursk report.", published: new PartialDate(2023, 3, 2)),
            TestRecords.Article("c", "Kursk report.", published: new PartialDate(2023, 5, 2)),
            TestRecords.Article("d", "Kursk report.", published: new PartialDate(2024, 1, 1)),
            TestRecords.Article("e", "Kursk report.", published: new PartialDate(2025, 2, 1)),
            TestRecords.Article("f", "Kursk report.", published: new PartialDate(2025, 2, 2)),
        ]);

        var years = search.Search("Kursk").Facets.Single(f => f.Dimension == "date").Values;

        Assert.Equal(["2025", "2024", "2023"], years.Select(v => v.Value));
        Assert.Equal(["2023-05", "2023-03"], years[^1].Children.Select(v => v.Value));
    }
}
