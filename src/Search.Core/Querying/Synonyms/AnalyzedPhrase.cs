namespace Search.Core.Querying.Synonyms;

/// <summary>
/// A word or phrase as the index sees it: its analysed terms and their relative positions (a stop word leaves a gap,
/// so "killed or wounded" is killed@0 wounded@2).
/// </summary>
/// <param name="Text">The text it came from, for display.</param>
/// <param name="Terms">Analysed terms.</param>
/// <param name="Positions">Position of each term relative to the first.</param>
public sealed record AnalyzedPhrase(string Text, IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    /// <summary>The terms joined by spaces: how phrases are compared.</summary>
    public string Key { get; } = string.Join(' ', Terms);

    /// <summary>Whether the phrase is a single term.</summary>
    public bool IsSingleTerm => Terms.Count == 1;
}
