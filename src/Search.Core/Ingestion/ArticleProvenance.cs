using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Core.Ingestion;

/// <summary>Where each metadata value of an article came from, and the publisher text that was cut from its body.</summary>
/// <param name="Title">Source of the title.</param>
/// <param name="Outlet">Source of the outlet.</param>
/// <param name="Original">Source of the original outlet.</param>
/// <param name="Published">Source of the publication date.</param>
/// <param name="Url">Source of the address.</param>
/// <param name="Evidence">Publisher text cut from the body.</param>
public sealed record ArticleProvenance(
    MetadataSource Title,
    MetadataSource Outlet,
    MetadataSource Original,
    MetadataSource Published,
    MetadataSource Url,
    IReadOnlyList<Evidence> Evidence)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The provenance of an article.</summary>
    public static ArticleProvenance Of(Article article) => new(
        article.Title.Source, article.Outlet.Source, article.OriginalOutlet.Source, article.Published.Source, article.Url.Source, article.Evidence);

    // Without evidence, provenance is one of a few combinations of sources: each is serialised once, not per article.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(MetadataSource, MetadataSource, MetadataSource, MetadataSource, MetadataSource), string> Plain = new();

    /// <summary>Serialises to compact JSON for storage.</summary>
    public string ToJson() => Evidence.Count == 0
        ? Plain.GetOrAdd((Title, Outlet, Original, Published, Url), static (_, provenance) => JsonSerializer.Serialize(provenance, Json), this)
        : JsonSerializer.Serialize(this, Json);

    /// <summary>Reads stored JSON; unreadable JSON (an older index) gives <c>null</c>.</summary>
    public static ArticleProvenance? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ArticleProvenance>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
