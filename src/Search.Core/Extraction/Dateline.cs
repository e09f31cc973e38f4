using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// The dateline that opens wire copy ("KYIV, Ukraine (AP) — ", "LONDON (Reuters) - "): where the story is filed from,
/// not part of what anyone said, so a claim's content starts after it.
/// </summary>
internal static partial class Dateline
{
    /// <summary><paramref name="content"/> without a dateline at its start.</summary>
    public static TextSpan Skip(string text, TextSpan content)
    {
        var match = Pattern().Match(text, content.Start, content.Length);
        return match.Success && match.Length < content.Length ? TextSpan.FromBounds(content.Start + match.Length, content.End) : content;
    }

    /// <summary>A dateline opening a sentence at <paramref name="start"/>.</summary>
    /// <returns>Where the dateline at <paramref name="start"/> ends and the story begins, and the agency it credits
    /// in brackets, if any ("Reuters" in "LONDON (Reuters) — "): the wire that filed the story, which the story is not
    /// about. <c>null</c> when no dateline opens there.</returns>
    public static (int End, TextSpan? Agency)? At(string text, int start)
    {
        if (start + 3 >= text.Length || !char.IsUpper(text[start]) || !char.IsUpper(text[start + 1]))
        {
            return null;
        }
        var match = Pattern().Match(text, start);
        if (!match.Success || match.Index + match.Length >= text.Length)
        {
            return null;
        }
        var agency = match.Groups["agency"];
        return (match.Index + match.Length, agency.Success ? new TextSpan(agency.Index, agency.Length) : null);
    }

    // A place in capitals (at least two letters, accented ones too: "CHIȘINĂU"), an optional region or country, an
    // optional date ("TOKYO, March 3", "LONDON, Nov. 26, 2024"), an optional agency in brackets, a dash.
    // "KOLWEZI, Democratic Republic of Congo, May 20", "KOLWEZI, 23 May 2027": the region's name may hold "of", "the" or
    // "and", and the day may come before its month.
    [GeneratedRegex(@"\G\p{Lu}[\p{Lu}'.\-]+(?: \p{Lu}[\p{Lu}'.\-]+){0,3}" + @"(?:, \p{Lu}[\p{L}.]+(?: (?:(?:of|the|and) )?\p{Lu}[\p{L}.]+){0,3})?"
        + @"(?:, (?:[A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?|[0-9]{1,2} [A-Z][a-z]{2,8}\.?(?: [0-9]{4})?))?"
        + @"(?: \((?<agency>[\p{L} .&]{2,30})\))? ?[—–-]{1,2} ", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
