using System.Collections.Frozen;

namespace Search.Core.Querying;

/// <summary>
/// Readers type questions ("how many North Korean soldiers were killed"). When a query opens with a question word,
/// its function words carry no meaning for matching and are dropped, so the content words decide.
/// </summary>
internal static class QuestionWords
{
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
    [
        "how", "what", "who", "whom", "whose", "when", "where", "why", "which", "did", "does", "do", "is", "are", "was", "were",
        "has", "have", "had", "can", "could", "will", "would", "should",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        .. Openers, "many", "much", "about", "been", "being", "say", "says", "said", "tell", "told", "there", "any", "happen", "happened",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the query reads as a question.</summary>
    public static bool IsQuestion(string text)
    {
        var first = text.TrimStart().Split(' ', 2)[0].TrimEnd('?', ',');
        return Openers.Contains(first) || text.TrimEnd().EndsWith('?');
    }

    /// <summary>Whether a word of a question is only there to make it a question.</summary>
    public static bool IsFiller(string word) => Fillers.Contains(word) && !IsAcronym(word);

    /// <summary>"WHO" is the World Health Organization, not a question word; "Who" and "who" ask.</summary>
    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);
}
