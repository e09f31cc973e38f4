using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Plain text: an optional inline header, then one paragraph per line. A first line set off by a blank line that reads
/// as a headline — a few words, not ending as a sentence ends — is the headline, as a news file saved from a page
/// writes it: it becomes the title, not the body's first paragraph.
/// </summary>
internal sealed partial class PlainTextFormat : IArticleFormat
{
    /// <summary>Longest first line taken for a headline, in characters.</summary>
    private const int MaxHeadlineLength = 200;

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        var (header, rest, evidence) = InlineHeader.Extract(text);
        if (header.Title is null && Headline().Match(rest) is { Success: true } headline && IsHeadline(headline.Groups["line"].Value))
        {
            header = header with { Title = TextNormalizer.Normalize(headline.Groups["line"].Value) };
            rest = rest[headline.Length..];
        }
        return new ParsedFile(TextNormalizer.Normalize(rest), header, evidence is null ? [] : [evidence]);
    }

    /// <summary>
    /// A headline: three to thirty words, not ending as a sentence ends (also inside a closing quotation mark or
    /// bracket: "…“It was a massacre.”" is a paragraph), not a list item, not a byline or a timestamp.
    /// </summary>
    private static bool IsHeadline(string line)
    {
        var trimmed = line.Trim();
        var ending = trimmed.TrimEnd('"', '”', '’', '\'', ')', ']', ' ');
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return trimmed.Length <= MaxHeadlineLength && ending.Length > 0 && ending[^1] is not ('.' or ':' or ';' or ',')
            && words is >= 3 and <= 30 && trimmed[0] is not ('•' or '-' or '*' or '–' or '—') && !NotAHeadline().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^(By|Updated|Published|Posted|Photo|Image|Source)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAHeadline();

    // The first non-blank line, then a blank line and more text.
    [GeneratedRegex(@"\A[\s\uFEFF]*(?<line>[^\r\n]+)\r?\n[ \t]*\r?\n(?=\s*\S)")]
    private static partial Regex Headline();
}
