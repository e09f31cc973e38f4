using Search.Core.Ingestion;

namespace Search.Core.Facets;

/// <summary>
/// Builds the date histogram from the date dimension's counts: per day when the matching dates span at most
/// <see cref="MaxDailySpanDays"/> days, per month otherwise, with empty buckets filled in between.
/// </summary>
internal static class DateHistogramBuilder
{
    /// <summary>Longest span of dates, in days, still drawn day by day.</summary>
    public const int MaxDailySpanDays = 62;

    /// <summary>Most buckets drawn; a longer span is cut to its latest buckets, and the histogram says how many it left out.</summary>
    public const int MaxBuckets = 400;

    public static DateHistogram Build(DimensionCounter counter)
    {
        var dated = 0;
        var months = Collect(counter, DatePrecision.Month, ref dated);
        // Days are only drawn for a span of a few months, so they are only gathered then.
        var unused = 0;
        var days = months.Count is > 0 and <= 3 ? Collect(counter, DatePrecision.Day, ref unused) : [];
        var useDays = days.Count > 0 && days[^1].Day.DayNumber - days[0].Day.DayNumber < MaxDailySpanDays;
        var level = useDays ? days : months;
        var buckets = new List<HistogramBucket>();
        var placed = 0;
        var earlier = 0;
        if (level.Count > 0)
        {
            var last = level[^1].Day;
            // Only the latest buckets are drawn when the span is long; start there rather than walk the whole span.
            var start = useDays ? Max(level[0].Day, last.AddDays(-(MaxBuckets - 1))) : Max(level[0].Day, last.AddMonths(-(MaxBuckets - 1)));
            var next = 0;
            while (next < level.Count && level[next].Day < start)
            {
                earlier += level[next++].Count;
            }
            for (var day = start; ; day = useDays ? day.AddDays(1) : day.AddMonths(1))
            {
                var count = next < level.Count && level[next].Day == day ? level[next++].Count : 0;
                var key = useDays ? new PartialDate(day.Year, day.Month, day.Day) : new PartialDate(day.Year, day.Month);
                buckets.Add(new HistogramBucket(key.ToString(), count));
                if (day >= last)
                {
                    break; // before stepping on: the last bucket may be December 9999, the end of DateOnly
                }
            }
            foreach (var (_, count) in level)
            {
                placed += count;
            }
        }
        return new DateHistogram(useDays ? "day" : "month", buckets, counter.Missing, dated - placed, earlier);
    }

    /// <summary>The counted dates of one precision, in date order; <paramref name="dated"/> gains the counts of years.</summary>
    private static List<(DateOnly Day, int Count)> Collect(DimensionCounter counter, DatePrecision precision, ref int dated)
    {
        var dates = counter.Ordinals.Dates;
        var found = new List<(DateOnly Day, int Count)>();
        foreach (var ord in counter.Touched)
        {
            if (dates[ord] is not { } date)
            {
                continue;
            }
            if (date.Precision == DatePrecision.Year)
            {
                dated += counter.CountOf(ord);
            }
            else if (date.Precision == precision)
            {
                found.Add((date.FirstDay, counter.CountOf(ord)));
            }
        }
        found.Sort((a, b) => a.Day.CompareTo(b.Day));
        return found;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
