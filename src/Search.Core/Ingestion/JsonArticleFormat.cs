using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// A JSON object with <c>body</c> (or <c>text</c>, or NewsAPI's <c>content</c>) and optional title, outlet, original,
/// url, published and entities.
/// </summary>
internal sealed partial class JsonArticleFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <summary>How deep objects and arrays may nest: an article needs three levels; the rest is for what else a file holds.</summary>
    private const int MaxDepth = 64;

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        JsonDocument document;
        // "\ud83d" alone escapes half a character, which no string can hold: it is read as U+FFFD, the character
        // that stands for one that cannot be read, rather than losing the article.
        var halves = LoneSurrogateEscape().Count(text);
        if (halves > 0)
        {
            text = LoneSurrogateEscape().Replace(text, "\\ufffd");
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"{halves:N0} escaped half character(s) (\\ud800–\\udfff without its other half) read as U+FFFD"));
        }
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            var where = $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"JSON nested more than {MaxDepth} levels deep ({where})"
                : $"not valid JSON ({where})"));
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"expected a JSON object with a \"body\", found {root.ValueKind}"));
                return null;
            }
            var body = BodyOf(root, "body") ?? BodyOf(root, "text") ?? ContentOf(root, file, issues);
            if (body is null)
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Error,
                    root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array
                        ? $"a news API response holding {articles.GetArrayLength()} articles, not one article: save each in a file of its own"
                        : "JSON article has no \"body\", \"text\" or \"content\" string"));
                return null;
            }
            var header = MetadataJson.Read(root, file, issues);
            return new ParsedFile(TextNormalizer.Normalize(body), header, []);
        }
    }

    /// <summary>
    /// NewsAPI's <c>content</c>: the text's first characters, cut short with a count of those left out ("… [+1873
    /// chars]"). The count is no text of the article; the cut is reported.
    /// </summary>
    private static string? ContentOf(JsonElement root, string file, ICollection<IngestionIssue> issues)
    {
        if (BodyOf(root, "content") is not { } content)
        {
            return null;
        }
        var cut = CutShort().Match(content);
        if (!cut.Success)
        {
            return content;
        }
        issues.Add(new IngestionIssue(file, IssueSeverity.Warning,
            $"the text was cut short by the news API: {cut.Groups["missing"].Value} characters are missing"));
        return content[..cut.Index];
    }

    [GeneratedRegex(@"\s*(…|\.\.\.)?\s*\[\+(?<missing>\d+) chars\]\s*$")]
    private static partial Regex CutShort();

    /// <summary>The first field of that name, as every metadata field is read (a file may give one twice).</summary>
    private static string? BodyOf(JsonElement root, string name) =>
        root.EnumerateObject().FirstOrDefault(p => p.NameEquals(name)).Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>An escaped high surrogate not followed by an escaped low one, or a low one not after a high one.</summary>
    [GeneratedRegex(@"(?<!\\)\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})(?<!\\)\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogateEscape();
}
