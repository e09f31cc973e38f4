using System.Text.Json;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads article metadata from a JSON object, the shape shared by manifest entries and JSON article files.
/// A field of the wrong type or with an invalid value is reported and ignored; the other fields still count.
/// </summary>
internal static class MetadataJson
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "outlet", "original", "url", "published", "date", "entities", "body", "text", "id", "$comment",
        "headline", "source", "publishedAt", "datePublished", "pubDate",
        // NewsAPI's other fields: the text (read as the body when there is none) and what only its listings show.
        "content", "author", "description", "urlToImage",
    };

    /// <summary>Reads the metadata fields of <paramref name="entry"/>; problems are added to <paramref name="issues"/>.</summary>
    public static ManifestEntry Read(JsonElement entry, string file, ICollection<IngestionIssue> issues)
    {
        // News APIs and schema.org name the same fields otherwise: "headline", "source", "publishedAt", "datePublished".
        var published = ReadDate(entry, "published", file, issues) ?? ReadDate(entry, "date", file, issues) ?? ReadDate(entry, "publishedAt", file, issues)
            ?? ReadDate(entry, "datePublished", file, issues) ?? ReadDate(entry, "pubDate", file, issues);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in entry.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name))
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"unknown metadata field '{property.Name}' ignored"));
            }
            else if (!seen.Add(property.Name))
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"field '{property.Name}' is given more than once: the first is read"));
            }
        }
        return new ManifestEntry
        {
            Title = ReadString(entry, "title", file, issues) ?? ReadString(entry, "headline", file, issues),
            Outlet = ReadString(entry, "outlet", file, issues) ?? ReadSource(entry, file, issues),
            Original = ReadString(entry, "original", file, issues),
            Url = ReadString(entry, "url", file, issues),
            Published = published,
            Entities = ReadEntities(entry, file, issues),
        };
    }

    /// <summary>Reads an optional string field, tidied to one line; empty strings count as absent.</summary>
    public static string? ReadString(JsonElement entry, string name, string file, ICollection<IngestionIssue> issues)
    {
        if (!TryGet(entry, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"metadata field '{name}' must be a string, found {value.ValueKind}; ignored"));
            return null;
        }
        var text = TextNormalizer.NormalizeInline(value.GetString()!);
        return text.Length == 0 ? null : text;
    }

    /// <summary>"source" as a name, or as NewsAPI's object <c>{"id": …, "name": "BBC News"}</c>.</summary>
    private static string? ReadSource(JsonElement entry, string file, ICollection<IngestionIssue> issues) =>
        TryGet(entry, "source", out var value) && value.ValueKind == JsonValueKind.Object
            ? ReadString(value, "name", file, issues)
            : ReadString(entry, "source", file, issues);

    private static PartialDate? ReadDate(JsonElement entry, string name, string file, ICollection<IngestionIssue> issues)
    {
        var text = ReadString(entry, name, file, issues);
        if (text is null)
        {
            return null;
        }
        if (PublicationDate.TryRead(text, out var date, out var problem))
        {
            return date;
        }
        issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"metadata field '{name}': {problem}; ignored"));
        return null;
    }

    private static List<string> ReadEntities(JsonElement entry, string file, ICollection<IngestionIssue> issues)
    {
        if (!TryGet(entry, "entities", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, "metadata field 'entities' must be a list of strings; ignored"));
            return [];
        }
        var entities = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && EntityLabel.TryNormalize(item.GetString(), out var label))
            {
                entities.Add(label);
            }
            else
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"entity {item} is not a non-empty string; ignored"));
            }
        }
        return entities.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool TryGet(JsonElement entry, string name, out JsonElement value)
    {
        foreach (var property in entry.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }
}
