using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads metadata that some exports put before the text on the first line, such as
/// <c> date 2024-12-27 An injured soldier…</c> or <c>url https://… </c>. Only values whose form is unmistakable
/// (a date, an http address) are taken, so ordinary first words are never mistaken for a header.
/// </summary>
internal static partial class InlineHeader
{
    /// <summary>Splits leading header fields from the text.</summary>
    public static (ManifestEntry Header, string Remainder, Evidence? Evidence) Extract(string text)
    {
        PartialDate? published = null;
        string? url = null;
        var position = 0;
        while (true)
        {
            var match = Field().Match(text, position);
            if (!match.Success || match.Index != position)
            {
                break;
            }
            if (match.Groups["date"].Success)
            {
                if (!PartialDate.TryParse(match.Groups["date"].Value, out var date) || published is not null)
                {
                    break;
                }
                published = date;
            }
            else
            {
                if (url is not null)
                {
                    break;
                }
                url = match.Groups["url"].Value;
            }
            position = match.Index + match.Length;
        }
        if (position == 0)
        {
            return (new ManifestEntry(), text, null);
        }
        var header = new ManifestEntry { Published = published, Url = url };
        return (header, text[position..], new Evidence(EvidenceKind.Header, text[..position].Trim()));
    }

    [GeneratedRegex(@"\G[ \t\uFEFF]*(?:(?:date|published|dated)[:=]?[ \t]+(?<date>[0-9]{4}(?:-[0-9]{2}){0,2})|(?:url|link|source)[:=]?[ \t]+(?<url>https?://\S+))(?:[ \t]+|\r?\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
