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

    /// <summary>Most buckets drawn; a longer span is cut to its latest buckets.</summary>
    public const int MaxBuckets = 400;

    public static DateHistogram Build(DimensionCounter counter)
    {
        var dates = counter.Ordinals.Dates;
        var dated = 0;
        var days = new Dictionary<DateOnly, int>();
        var months = new Dictionary<DateOnly, int>();
        foreach (var ord in counter.Touched)
        {
            if (dates[ord] is not { } date)
            {
                continue;
            }
            var count = counter.CountOf(ord);
            switch (date.Precision)
            {
                case DatePrecision.Year:
                    dated += count;
                    break;
                case DatePrecision.Month:
                    months[date.FirstDay] = count;
                    break;
                default:
                    days[date.FirstDay] = count;
                    break;
            }
        }
        var useDays = days.Count > 0 && months.Count is > 0 and <= 3
            && days.Keys.Max().DayNumber - days.Keys.Min().DayNumber < MaxDailySpanDays;
        var level = useDays ? days : months;
        var buckets = new List<HistogramBucket>();
        var placed = 0;
        if (level.Count > 0)
        {
            var last = level.Keys.Max();
            var first = level.Keys.Min();
            // Only the latest buckets are drawn when the span is long; start there rather than walk the whole span.
            var start = useDays ? Max(first, last.AddDays(-(MaxBuckets - 1))) : Max(first, last.AddMonths(-(MaxBuckets - 1)));
            for (var day = start; day <= last; day = useDays ? day.AddDays(1) : day.AddMonths(1))
            {
                var key = useDays ? new PartialDate(day.Year, day.Month, day.Day) : new PartialDate(day.Year, day.Month);
                buckets.Add(new HistogramBucket(key.ToString(), level.GetValueOrDefault(day)));
            }
            foreach (var count in level.Values)
            {
                placed += count;
            }
        }
        return new DateHistogram(useDays ? "day" : "month", buckets, counter.Missing, dated - placed);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
