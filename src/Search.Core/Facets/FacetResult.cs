namespace Search.Core.Facets;

/// <summary>A value of a dimension with the number of matching documents that have it.</summary>
/// <param name="Value">The value as indexed (for entities <c>type/Name</c>).</param>
/// <param name="Count">Matching documents with the value.</param>
/// <param name="Selected">Whether the value is part of the current selection.</param>
/// <param name="Children">For hierarchies: the top values one level down.</param>
public sealed record FacetValue(string Value, int Count, bool Selected, IReadOnlyList<FacetValue> Children);

/// <summary>The counts of one dimension.</summary>
/// <param name="Dimension">Dimension name.</param>
/// <param name="Values">Top values by count, ties by value.</param>
/// <param name="DistinctValues">How many distinct values (at the top level) the matching documents have.</param>
/// <param name="Missing">Matching documents with no value in this dimension.</param>
/// <param name="MissingLabel">The selectable label of the missing bucket, if the dimension has one.</param>
public sealed record FacetResult(string Dimension, IReadOnlyList<FacetValue> Values, int DistinctValues, int Missing, string? MissingLabel);

/// <summary>One bar of the date histogram.</summary>
/// <param name="Key">The month (YYYY-MM) or day (YYYY-MM-DD).</param>
/// <param name="Count">Matching documents dated within it.</param>
public sealed record HistogramBucket(string Key, int Count);

/// <summary>Matching documents over time, per month or per day depending on the span of their dates.</summary>
/// <param name="Interval">"month" or "day".</param>
/// <param name="Buckets">Consecutive buckets from the earliest to the latest date, empty ones included.</param>
/// <param name="Undated">Matching documents without a date.</param>
/// <param name="Imprecise">Dated documents whose date is too coarse for the interval (a year-only date in a monthly histogram).</param>
/// <param name="Earlier">Dated documents before the first bucket, when the span has more buckets than are drawn.</param>
public sealed record DateHistogram(string Interval, IReadOnlyList<HistogramBucket> Buckets, int Undated, int Imprecise, int Earlier);
