using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Facets;

/// <summary>The values selected in one dimension; a document matches when it has any of them.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Values">Selected values (OR'ed). May include the dimension's missing label.</param>
public sealed record DimensionSelection(FacetDimension Dimension, IReadOnlyList<string> Values)
{
    /// <summary>
    /// After a search, what each value as the user gave it selected in the index (<c>null</c> before): a filter typed in
    /// another case than the index holds is applied in the index's case, and one no document has is reported.
    /// </summary>
    public IReadOnlyList<ValueResolution>? Resolutions { get; init; }
}

/// <summary>What one filter value selected.</summary>
/// <param name="Requested">The value as the user gave it.</param>
/// <param name="Values">The index's values it selected: itself, its spellings in other cases, or none.</param>
public sealed record ValueResolution(string Requested, IReadOnlyList<string> Values);

/// <summary>An inclusive range of days; either end may be open.</summary>
/// <param name="From">First day included.</param>
/// <param name="To">Last day included.</param>
public sealed record DayRange(DateOnly? From, DateOnly? To)
{
    /// <summary>
    /// Whether a date of any precision overlaps the range: "2024-12" is in a range that contains any day of December.
    /// </summary>
    public bool Overlaps(PartialDate date) =>
        (From is not { } from || date.LastDay >= from) && (To is not { } to || date.FirstDay <= to);
}

/// <summary>
/// What the user selected: values per dimension (OR within a dimension, AND across dimensions) and a date range,
/// which belongs to the date dimension for drill-sideways counting.
/// </summary>
/// <param name="Dimensions">Value selections, at most one per dimension.</param>
/// <param name="Range">The publication date range, if any.</param>
public sealed record FacetSelection(IReadOnlyList<DimensionSelection> Dimensions, DayRange? Range)
{
    /// <summary>No selection.</summary>
    public static FacetSelection None { get; } = new([], null);

    /// <summary>Whether nothing is selected.</summary>
    public bool IsEmpty => Dimensions.Count == 0 && Range is null;

    /// <summary>The dimensions with a constraint, the date dimension included when only a range is set.</summary>
    public IEnumerable<FacetDimension> ConstrainedDimensions =>
        Dimensions.Select(d => d.Dimension).Union(Range is null ? [] : [IndexSchema.Date]);

    /// <summary>The values selected in <paramref name="dimension"/>.</summary>
    public IReadOnlyList<string> ValuesOf(FacetDimension dimension) =>
        Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Values ?? [];
}
