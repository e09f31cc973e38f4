using System.Text.Json;

namespace Search.Core.Ingestion;

/// <summary>
/// The per-file metadata of a seeds folder, read from <c>manifest.json</c>:
/// <c>{"articles": {"file.txt": {"outlet": "…", "published": "2024-12", "url": "…", "original": "…", "title": "…"}}}</c>.
/// </summary>
public sealed class Manifest
{
    /// <summary>The manifest's file name inside a seeds folder.</summary>
    public const string FileName = "manifest.json";

    private readonly Dictionary<string, ManifestEntry> _entries;

    private Manifest(Dictionary<string, ManifestEntry> entries) => _entries = entries;

    /// <summary>A manifest with no entries.</summary>
    public static Manifest Empty { get; } = new([]);

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The file names the manifest describes.</summary>
    public IEnumerable<string> Files => _entries.Keys;

    /// <summary>The entry for a file, if any.</summary>
    public ManifestEntry? For(string file) => _entries.GetValueOrDefault(file);

    /// <summary>
    /// Parses a manifest. Invalid JSON gives an empty manifest and one error; an entry that is not an object
    /// is reported for its file; bad fields are reported and ignored.
    /// </summary>
    public static Manifest Parse(ReadOnlySpan<byte> json, ICollection<IngestionIssue> issues)
    {
        // Decoded like the articles, so a byte order mark or UTF-16 is read rather than taken for broken JSON.
        if (Text.TextDecoder.TryDecode(json, out var decodeError, out var decodeWarning) is not { } text)
        {
            issues.Add(new IngestionIssue(FileName, IssueSeverity.Error, $"{decodeError}: the whole manifest is ignored and metadata comes from the files"));
            return Empty;
        }
        if (decodeWarning is not null)
        {
            issues.Add(new IngestionIssue(FileName, IssueSeverity.Warning, decodeWarning));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            issues.Add(new IngestionIssue(FileName, IssueSeverity.Error,
                $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): the whole manifest is ignored and metadata comes from the files"));
            return Empty;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("articles", out var articles) || articles.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new IngestionIssue(FileName, IssueSeverity.Error, "expected an object with an \"articles\" object keyed by file name; the whole manifest is ignored"));
                return Empty;
            }
            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var article in articles.EnumerateObject())
            {
                try
                {
                    if (article.Value.ValueKind != JsonValueKind.Object)
                    {
                        issues.Add(new IngestionIssue(article.Name, IssueSeverity.Warning,
                            $"manifest entry is {article.Value.ValueKind}, not an object; metadata comes from the file"));
                        continue;
                    }
                    entries[article.Name] = MetadataJson.Read(article.Value, article.Name, issues);
                }
                catch (InvalidOperationException ex)
                {
                    // A name or value whose escapes are not valid UTF-16 ("\ud800"): this entry only is lost.
                    issues.Add(new IngestionIssue(FileName, IssueSeverity.Warning, $"an entry could not be read ({ex.Message}); ignored"));
                }
            }
            return new Manifest(entries);
        }
    }
}
