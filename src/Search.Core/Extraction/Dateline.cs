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

    // A place in capitals (at least two letters), an optional region or country, an optional date ("TOKYO, March 3",
    // "LONDON, Nov. 26, 2024"), an optional agency in brackets, a dash.
    [GeneratedRegex(@"\G[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}" + @"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
        + @"(?:, [A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?)?"
        + @"(?: \([A-Za-z .]{2,20}\))? ?[—–-]{1,2} ", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
