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
        var byPrecision = counter.Touched
            .Where(ord => dates[ord] is not null)
            .Select(ord => (Date: dates[ord]!.Value, Count: counter.CountOf(ord)))
            .ToLookup(x => x.Date.Precision);
        var dated = byPrecision[DatePrecision.Year].Sum(x => x.Count);
        var days = byPrecision[DatePrecision.Day].ToList();
        var months = byPrecision[DatePrecision.Month].ToList();
        var useDays = days.Count > 0 && months.Count > 0
            && days.Max(d => d.Date.FirstDay).DayNumber - days.Min(d => d.Date.FirstDay).DayNumber < MaxDailySpanDays
            && months.Count <= 3;
        var level = useDays ? days : months;
        var buckets = new List<HistogramBucket>();
        if (level.Count > 0)
        {
            var counts = level.ToDictionary(x => x.Date.FirstDay, x => x.Count);
            var first = level.Min(x => x.Date.FirstDay);
            var last = level.Max(x => x.Date.FirstDay);
            for (var day = first; day <= last; day = useDays ? day.AddDays(1) : day.AddMonths(1))
            {
                var key = useDays ? new PartialDate(day.Year, day.Month, day.Day) : new PartialDate(day.Year, day.Month);
                buckets.Add(new HistogramBucket(key.ToString(), counts.GetValueOrDefault(day)));
            }
        }
        if (buckets.Count > MaxBuckets)
        {
            buckets = buckets[^MaxBuckets..];
        }
        var placed = level.Sum(x => x.Count);
        return new DateHistogram(useDays ? "day" : "month", buckets, counter.Missing, dated - placed);
    }
}
