namespace Search.Core.Extraction;

/// <summary>
/// A person's age set off by commas after a name, as news writes it: "John Smith, 45, said", "Bardella, 29, leads". The
/// number counts no one, and it tells that the name is a person's. Counts by place are written the same way ("in
/// Lozova, 5, Balakliia, 3, and Kupiansk, 2"), so a name after a preposition, after "and" or right after another number
/// has no age, nor does a number followed by another name or an "and"; where unsure, the number stays a count.
/// </summary>
internal static class SetOffAge
{
    private const int MaxNameWords = 3;

    private static readonly System.Collections.Frozen.FrozenSet<string> ListOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "to", "of", "and", "including", "for"], StringComparer.Ordinal);

    /// <summary>Whether the number after the name of tokens <paramref name="nameStart"/>…<paramref name="nameEnd"/> is its age.</summary>
    public static bool FollowsName(string text, List<WordToken> tokens, int nameStart, int nameEnd)
    {
        var number = nameEnd + 1;
        if (number + 1 >= tokens.Count || tokens[number].Text.Length > 3 || !tokens[number].Text.All(char.IsAsciiDigit)
            || !Words.Gap(text, tokens, nameEnd).Trim().SequenceEqual(",") || !Words.Gap(text, tokens, number).Trim().SequenceEqual(",")
            || tokens[number + 1].IsCapitalized || tokens[number + 1].Key is "and" or "or")
        {
            return false;
        }
        return nameStart == 0 || (!char.IsDigit(tokens[nameStart - 1].Text[0]) && !ListOpeners.Contains(tokens[nameStart - 1].Key));
    }

    /// <summary>Nouns for a person that an age may follow as it follows a name: "a man, 45, was killed".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> People = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "man", "woman", "boy", "girl", "teenager", "child", "mother", "father", "son", "daughter", "husband", "wife", "victim",
        "suspect", "defendant", "driver", "pensioner", "student", "resident", "soldier", "gunman", "passenger", "worker",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether the number at token <paramref name="number"/> is the age of the capitalised name right before it, or of a
    /// person named by a noun after an article ("a man, 45,", "the defendant, 34,").
    /// </summary>
    public static bool IsAge(string text, List<WordToken> tokens, int number)
    {
        if (number >= 2 && tokens[number - 2].Key is "a" or "an" or "the" && (People.Contains(tokens[number - 1].Key) || EntityRecognizer.IsPersonNoun(tokens[number - 1].Key)))
        {
            return FollowsName(text, tokens, number - 1, number - 1);
        }
        if (number == 0 || !tokens[number - 1].IsCapitalized)
        {
            return false;
        }
        var name = number - 1;
        while (name > 0 && number - name < MaxNameWords && tokens[name - 1].IsCapitalized && Words.Gap(text, tokens, name - 1).SequenceEqual(" "))
        {
            name--;
        }
        return FollowsName(text, tokens, name, number - 1);
    }
}
