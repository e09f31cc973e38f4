using System.Text.Json;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads a corpus of one JSON article per line — <c>{"id", "title", "body", "outlet", "published", "entities", "url"}</c>,
/// the format of the benchmark peers — into articles. A line that is not a valid article is reported and skipped.
/// </summary>
public static class JsonLinesCorpus
{
    /// <summary>The lines of <paramref name="path"/>, in order (blank lines skipped); parse each with <see cref="Parse"/>.</summary>
    public static IEnumerable<(int Line, string Json)> Lines(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0)
            {
                yield return (number, line);
            }
        }
    }

    /// <summary>The article on one line, or <c>null</c> with <paramref name="error"/> set.</summary>
    public static Article? Parse(string json, int line, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var id = Text(root, "id");
            var body = Text(root, "body");
            if (id is null || body is null)
            {
                error = $"line {line}: an article needs an \"id\" and a \"body\"";
                return null;
            }
            var published = Text(root, "published") is { } date && PartialDate.TryParse(date, out var parsed) ? parsed : (PartialDate?)null;
            var normalized = TextNormalizer.Normalize(body);
            return new Article
            {
                Id = id,
                Path = $"line {line}",
                ContentHash = "",
                Title = Known(Text(root, "title") is { } title ? TextNormalizer.NormalizeInline(title) : null, MetadataSource.Header)
                    ?? new Sourced<string>(TitleDeriver.FromLede(normalized), MetadataSource.Derived),
                Body = normalized,
                Outlet = Known(Text(root, "outlet"), MetadataSource.Header) ?? Sourced<string>.Unknown,
                Url = Known(Text(root, "url"), MetadataSource.Header) ?? Sourced<string>.Unknown,
                Published = published is null ? Sourced<PartialDate?>.Unknown : new Sourced<PartialDate?>(published, MetadataSource.Header),
                Entities = root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
                    ? entities.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String && EntityLabel.TryNormalize(e.GetString(), out var label) ? label : null)
                        .Where(l => l is not null).Select(l => l!).Distinct(StringComparer.Ordinal).ToList()
                    : [],
            };
        }
        catch (JsonException ex)
        {
            error = $"line {line}: not valid JSON ({ex.Message})";
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static Sourced<string>? Known(string? value, MetadataSource source) => value is null ? null : new Sourced<string>(value, source);
}
