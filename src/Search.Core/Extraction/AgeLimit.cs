using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// An age that says which people are meant, not how many: "children under five", "people over 65", "those aged 18 to
/// 24", "children under the age of five". Its number counts no one, and the words after it ("300 children under five
/// had died") still say what the count before it is of. "Under" and "over" are hedges too ("killed under 300 people"),
/// so they make an age only after a word for a group of people.
/// </summary>
internal static class AgeLimit
{
    private static readonly FrozenSet<string> Groups = FrozenSet.ToFrozenSet(
    [
        "children", "child", "people", "adults", "those", "men", "women", "boys", "girls", "infants", "babies", "kids", "youths",
        "teenagers", "residents", "patients", "pensioners", "anyone", "everyone", "voters", "citizens", "players", "drivers",
    ], StringComparer.Ordinal);

    /// <summary>Whether the amount that starts at token <paramref name="first"/> is an age limit.</summary>
    public static bool Opens(List<WordToken> tokens, int first) =>
        first > 0 && (tokens[first - 1].Key == "aged"
            || (first > 1 && tokens[first - 1].Key == "of" && tokens[first - 2].Key is "age" or "ages")
            || (first > 1 && tokens[first - 1].Key is "under" or "over" or "above" or "below" && Groups.Contains(tokens[first - 2].Key)));

    /// <summary>
    /// The first token after an age limit that begins at token <paramref name="word"/>, or <paramref name="word"/> when
    /// none begins there: past "under five", "aged 5 to 14", "under the age of five", "over 65 years old". The caller
    /// looks right after a count's noun, where "under" or "over" and a number qualify the people counted.
    /// </summary>
    public static int Skip(List<WordToken> tokens, int word)
    {
        var t = word;
        if (t + 3 < tokens.Count && tokens[t].Key is "under" or "over" or "above" or "below" && tokens[t + 1].Key == "the"
            && tokens[t + 2].Key is "age" or "ages" && tokens[t + 3].Key == "of")
        {
            t += 4;
        }
        else if (t + 1 < tokens.Count && tokens[t].Key is "aged" or "under" or "over" or "above" or "below")
        {
            t++;
        }
        else
        {
            return word;
        }
        if (!IsNumber(tokens, t))
        {
            return word;
        }
        t++;
        if (t + 1 < tokens.Count && tokens[t].Key is "to" or "and" && IsNumber(tokens, t + 1))
        {
            t += 2; // "aged 18 to 24"
        }
        if (t < tokens.Count && tokens[t].Key is "years" or "year")
        {
            t++;
        }
        return t < tokens.Count && tokens[t].Key == "old" ? t + 1 : t;
    }

    private static bool IsNumber(List<WordToken> tokens, int t) =>
        t < tokens.Count && (tokens[t].Text.All(char.IsAsciiDigit) || QuantityParser.IsNumberWord(tokens[t].Key));
}
