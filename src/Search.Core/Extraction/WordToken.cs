using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>A word of a text: letters and digits, with inner hyphens, apostrophes and the periods of "U.S.".</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset after its last character.</param>
internal readonly record struct WordToken(string Text, int Start, int End)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Lower case, no diacritics, no possessive: what gazetteer matching compares. Worked out once: every stage reads it.</summary>
    public string Key { get; } = Words.Key(Text);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether the word ends in a possessive "'s" ("Korea's", "NIS’s").</summary>
    public bool IsPossessive => Words.IsPossessive(Text);

    /// <summary>Whether every letter is a capital, ignoring a possessive ending ("NIS’s").</summary>
    public bool IsAllCaps
    {
        get
        {
            var word = Words.StripPossessive(Text);
            return word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);
        }
    }
}

internal static class Words
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Splits text into words, skipping punctuation, quotes and symbols.</summary>
    public static List<WordToken> Tokenize(string text, int start = 0, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        // English news runs about one word per six characters, so a list sized for that was mostly copied into one twice
        // the size; sized for one per four it almost never is (the tokens of a corpus article: 22 KiB instead of 31).
        var tokens = new List<WordToken>(Math.Max(4, (end - start) / 4));
        var i = start;
        while (Next(text, ref i, end, out var wordStart))
        {
            tokens.Add(new WordToken(text[wordStart..i], wordStart, i));
        }
        return tokens;
    }

    /// <summary>
    /// Finds the next word at or after <paramref name="i"/>: on success it starts at <paramref name="wordStart"/> and
    /// ends where <paramref name="i"/> is left. For callers that only need the bounds, without a string per word.
    /// </summary>
    public static bool Next(string text, ref int i, int end, out int wordStart)
    {
        while (i < end && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        wordStart = i;
        if (i >= end)
        {
            return false;
        }
        var j = i + 1;
        while (j < end)
        {
            // Runs of ASCII letters and digits, most of any English text, are skipped with a vectorised scan.
            var run = text.AsSpan(j, end - j).IndexOfAnyExcept(AsciiLettersAndDigits);
            j = run < 0 ? end : j + run;
            if (j >= end)
            {
                break;
            }
            if (char.IsLetterOrDigit(text[j]))
            {
                j++;
            }
            else if (IsInner(text, j) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }
        // "U.S." keeps its final period when letters and periods alternate.
        if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.')
        {
            j++;
        }
        i = j;
        return true;
    }

    /// <summary>Hyphens, apostrophes and periods join letters ("Jong-un", "Korea's", "U.S"); commas and periods join digits ("3,000", "3.5").</summary>
    private static bool IsInner(string text, int i) =>
        text[i] is '-' or '\'' or '’' or '.' || (text[i] == ',' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]));

    /// <summary>A lower-case word ending in "-ing" ("speaking", "treating", "living"), opening a participle phrase.</summary>
    public static bool IsParticiple(string word) => word.Length > 5 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether the folded word names a day of the week.</summary>
    public static bool IsWeekday(string key) => key is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    /// <summary>Whether the folded word names a month, in full or abbreviated ("march", "sept").</summary>
    public static bool IsMonth(string key) => Months.Contains(key);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.Ordinal);

    /// <summary>The characters between token <paramref name="left"/> and the next one.</summary>
    public static ReadOnlySpan<char> Gap(string text, List<WordToken> tokens, int left) =>
        text.AsSpan(tokens[left].End, tokens[left + 1].Start - tokens[left].End);

    /// <summary>Whether <paramref name="word"/> ends in a possessive "'s", with either apostrophe.</summary>
    public static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>The word without a possessive "'s": "Trump's" → "Trump".</summary>
    public static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;

    /// <summary>Folds a word for matching: lower case, diacritics removed, possessive removed, typographic apostrophes unified.</summary>
    public static string Key(string word)
    {
        // Most words are plain ASCII without apostrophes: only their case can change.
        var plain = true;
        var hasUpper = false;
        foreach (var c in word)
        {
            if (c >= 128 || c == '\'')
            {
                plain = false;
                break;
            }
            hasUpper |= c is >= 'A' and <= 'Z';
        }
        if (plain)
        {
            return hasUpper ? word.ToLowerInvariant() : word;
        }
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }
        else if (lower.EndsWith("s'", StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }
}
