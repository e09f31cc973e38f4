using System.Text.Json;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>A JSON object with <c>body</c> (or <c>text</c>) and optional title, outlet, original, url, published and entities.</summary>
internal sealed class JsonArticleFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})"));
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
            var body = BodyOf(root, "body") ?? BodyOf(root, "text");
            if (body is null)
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Error, "JSON article has no \"body\" string"));
                return null;
            }
            var header = MetadataJson.Read(root, file, issues);
            return new ParsedFile(TextNormalizer.Normalize(body), header, []);
        }
    }

    private static string? BodyOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
