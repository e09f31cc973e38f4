using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>Runs the extraction stages over one article: sentences, entities, dates and figures, claims.</summary>
public sealed class ArticleExtractor
{
    private readonly EntityRecognizer _entities;

    /// <summary>Creates an extractor using <paramref name="gazetteer"/>.</summary>
    public ArticleExtractor(Gazetteer gazetteer) => _entities = new EntityRecognizer(gazetteer);

    /// <summary>Extracts from an article body (normalised text) published on <paramref name="published"/>, if known.</summary>
    public ArticleExtraction Extract(string body, PartialDate? published)
    {
        var sentences = SentenceSplitter.Split(body);
        var tokens = Words.Tokenize(body);
        var mentions = _entities.Recognize(body, tokens, sentences);
        var text = new ArticleText(body, tokens, sentences, mentions, published);
        return new ArticleExtraction(sentences, mentions, ClaimExtractor.Extract(text), text.Dates);
    }
}
