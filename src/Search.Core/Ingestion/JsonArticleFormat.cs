using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// A JSON object with <c>body</c> (or <c>text</c>, or NewsAPI's <c>content</c>) and optional title, outlet, original,
/// url, published and entities; or a list of them, or a news API's response holding one.
/// </summary>
internal sealed partial class JsonArticleFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <summary>How deep objects and arrays may nest: an article needs three levels; the rest is for what else a file holds.</summary>
    private const int MaxDepth = 64;

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        using var document = Document(text, file, issues);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"expected a JSON object with a \"body\", found {root.ValueKind}"));
            return null;
        }
        return Article(root, file, issues);
    }

    /// <summary>
    /// The articles of a JSON list (<c>[{…}, {…}]</c>, as exports and feeds write them) or of a news API's response
    /// (<c>{"articles": [{…}]}</c>), each read as one article file is, at "file#1", "file#2"…; null for anything else.
    /// </summary>
    public IReadOnlyList<(ParsedFile? Parsed, List<IngestionIssue> Issues)>? ParseEach(string text, string file)
    {
        // Most files hold one article: the document is read twice only for those that may hold a list.
        var opening = text.AsSpan().TrimStart();
        if (opening.IsEmpty || (opening[0] != '[' && !text.Contains("\"articles\"", StringComparison.Ordinal)))
        {
            return null;
        }
        var issues = new List<IngestionIssue>();
        using var document = Document(text, file, issues);
        var root = document?.RootElement;
        var list = root is { ValueKind: JsonValueKind.Array } array ? array
            : root is { ValueKind: JsonValueKind.Object } response && BodyOf(response, "body") is null && BodyOf(response, "text") is null
                && BodyOf(response, "content") is null && response.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array
                ? articles : (JsonElement?)null;
        if (list is not { } items)
        {
            return null;
        }
        if (items.GetArrayLength() == 0)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, "a JSON list with no articles in it"));
            return [(null, issues)];
        }
        return items.EnumerateArray().Select((item, i) =>
        {
            var path = $"{file}#{i + 1}";
            var own = i == 0 ? issues : []; // the file's own issues are told once, with its first article
            if (item.ValueKind != JsonValueKind.Object)
            {
                own.Add(new IngestionIssue(path, IssueSeverity.Error, $"expected a JSON object with a \"body\", found {item.ValueKind}"));
                return ((ParsedFile?)null, own);
            }
            return (Article(item, path, own), own);
        }).ToList();
    }

    /// <summary>The parsed document, or null after adding the error that stops it.</summary>
    private static JsonDocument? Document(string text, string file, ICollection<IngestionIssue> issues)
    {
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
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            var where = $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"JSON nested more than {MaxDepth} levels deep ({where})"
                : $"not valid JSON ({where})"));
            return null;
        }
    }

    /// <summary>One article object: its text and its metadata; null after adding the error when it has no text.</summary>
    private static ParsedFile? Article(JsonElement root, string file, ICollection<IngestionIssue> issues)
    {
        var body = BodyOf(root, "body") ?? BodyOf(root, "text") ?? ContentOf(root, file, issues);
        if (body is null)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, "JSON article has no \"body\", \"text\" or \"content\" string"));
            return null;
        }
        var header = MetadataJson.Read(root, file, issues);
        return new ParsedFile(TextNormalizer.Normalize(body), header, []);
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
