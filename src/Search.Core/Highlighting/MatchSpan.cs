namespace Search.Core.Highlighting;

/// <summary>A stretch of a field's text that matched: one term, or one whole phrase occurrence.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Key">What matched (the term, or the phrase), for scoring passages.</param>
internal readonly record struct MatchSpan(int Start, int End, string Key);

/// <summary>The matches in one field of one document.</summary>
/// <param name="Spans">Matches sorted by start.</param>
/// <param name="Truncated">Whether matches past the analysed-characters limit were ignored.</param>
internal sealed record FieldMatches(IReadOnlyList<MatchSpan> Spans, bool Truncated)
{
    public static FieldMatches None { get; } = new([], false);
}
