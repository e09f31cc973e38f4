using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Markdown: optional front matter (<c>---</c> … <c>---</c> with <c>key: value</c> lines), a first-level heading as
/// the title, and paragraphs as blocks. Inline markup (emphasis, links, code ticks) is reduced to its text.
/// </summary>
internal sealed partial class MarkdownFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        var evidence = new List<Evidence>();
        var header = new ManifestEntry();
        var frontMatter = FrontMatter().Match(text);
        if (frontMatter.Success)
        {
            header = ReadFrontMatter(frontMatter.Groups["body"].Value, file, issues);
            evidence.Add(new Evidence(EvidenceKind.Header, frontMatter.Value.Trim()));
            text = text[frontMatter.Length..];
        }
        else if (OpensFrontMatter().IsMatch(text))
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, "front matter opened with '---' is never closed; the file is read as text"));
        }
        var heading = TitleHeading().Match(text);
        if (heading.Success)
        {
            header = header with { Title = header.Title ?? TextNormalizer.NormalizeInline(StripInline(heading.Groups["title"].Value)) };
            text = text.Remove(heading.Index, heading.Length);
        }
        var plain = string.Join('\n', text.Split('\n').Select(line => StripInline(HeadingMarks().Replace(line, ""))));
        return new ParsedFile(TextNormalizer.NormalizeBlocks(plain), header, evidence);
    }

    private static ManifestEntry ReadFrontMatter(string body, string file, ICollection<IngestionIssue> issues)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in body.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = Unquoted(line[(colon + 1)..].Trim());
            }
        }
        PartialDate? published = null;
        var dateText = values.GetValueOrDefault("published") ?? values.GetValueOrDefault("date");
        if (dateText is not null)
        {
            if (PublicationDate.TryRead(dateText, out var date, out var problem))
            {
                published = date;
            }
            else
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"front matter date: {problem}; ignored"));
            }
        }
        return new ManifestEntry
        {
            Title = NonEmpty(values.GetValueOrDefault("title")),
            Outlet = NonEmpty(values.GetValueOrDefault("outlet")),
            Original = NonEmpty(values.GetValueOrDefault("original")),
            Url = NonEmpty(values.GetValueOrDefault("url")),
            Published = published,
        };
    }

    /// <summary>A YAML value without the quotes around it: "\"Lies,\" he said" keeps its quotation marks, as they are not around it.</summary>
    private static string Unquoted(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.NormalizeInline(value);

    private static string StripInline(string line) => Emphasis().Replace(Link().Replace(line, "$1"), "");

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n(?:(?<body>.*?)\r?\n)??---[ \t]*(?:\r?\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\A\s*#[ \t]+(?<title>[^\n]+)\n?")]
    private static partial Regex TitleHeading();

    [GeneratedRegex(@"^[ \t]*#{1,6}[ \t]+")]
    private static partial Regex HeadingMarks();

    // Bounded, so that a line of many "[" without "]" costs linear time rather than a rescan of the line from each one.
    [GeneratedRegex(@"!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w*])(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n")]
    private static partial Regex OpensFrontMatter();
}
