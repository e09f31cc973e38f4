using System.Runtime.InteropServices;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>Everything extracted from one article.</summary>
/// <param name="Sentences">Sentence spans of the body.</param>
/// <param name="Mentions">Entity mentions, in text order.</param>
/// <param name="Claims">Claims, in text order.</param>
/// <param name="Dates">Dates in the text, resolved against the publication date where possible.</param>
public sealed record ArticleExtraction(IReadOnlyList<TextSpan> Sentences, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<Claim> Claims, IReadOnlyList<TextDate> Dates)
{
    /// <summary>The article's entities (type/Name) with how often each is mentioned, most mentioned first.</summary>
    public IReadOnlyList<(string Label, int Mentions)> Entities { get; init; } = CountByEntity(Mentions);

    // Counted by type and name, and labelled once per entity rather than once per mention.
    private static List<(string Label, int Mentions)> CountByEntity(IReadOnlyList<EntityMention> mentions)
    {
        var counts = new Dictionary<(string Type, string Name), int>();
        foreach (var mention in mentions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, (mention.Type.ToLowerInvariant(), mention.Name), out _)++;
        }
        var entities = new List<(string Label, int Mentions)>(counts.Count);
        foreach (var ((type, name), count) in counts)
        {
            entities.Add((EntityLabel.Create(type, name), count));
        }
        entities.Sort((a, b) => a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions) : string.CompareOrdinal(a.Label, b.Label));
        return entities;
    }
}
