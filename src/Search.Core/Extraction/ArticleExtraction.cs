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
    public IReadOnlyList<(string Label, int Mentions)> Entities { get; } =
        Mentions.GroupBy(m => m.Label).Select(g => (g.Key, g.Count())).OrderByDescending(e => e.Item2).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
}
