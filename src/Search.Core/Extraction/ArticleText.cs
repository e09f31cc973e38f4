using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>One article's text with everything the claim stages share: words, sentences, mentions, figures, dates.</summary>
internal sealed class ArticleText
{
    public ArticleText(string text, List<WordToken> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention> mentions, PartialDate? published)
    {
        Text = text;
        Sentences = sentences;
        Mentions = mentions;
        Tokens = tokens;
        Quantities = QuantityParser.Parse(text, Tokens);
        Dates = DateResolver.Find(text, published);
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

    public List<WordToken> Tokens { get; }

    public IReadOnlyList<Quantity> Quantities { get; }

    public IReadOnlyList<TextDate> Dates { get; }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        var low = 0;
        var high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    public string Key(int token) => Tokens[token].Key;

    /// <summary>The text between two tokens (exclusive of both).</summary>
    public ReadOnlySpan<char> Between(int left, int right) => Text.AsSpan(Tokens[left].End, Tokens[right].Start - Tokens[left].End);

    public IEnumerable<EntityMention> MentionsIn(TextSpan span) => Mentions.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End);

    public EntityMention? MentionCovering(int token) =>
        Mentions.FirstOrDefault(m => m.Span.Start <= Tokens[token].Start && Tokens[token].End <= m.Span.End);
}
