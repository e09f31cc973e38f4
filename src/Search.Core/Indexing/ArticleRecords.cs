using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Indexing;

/// <summary>Maps an ingested article to the record the schema indexes.</summary>
public static class ArticleRecords
{
    /// <summary>The index record of <paramref name="article"/>.</summary>
    public static IndexRecord From(Article article) => new()
    {
        Kind = RecordKinds.Article,
        Id = article.Id,
        ArticleId = article.Id,
        Title = article.Title.Value ?? "",
        Body = article.Body,
        Sentences = SentenceSplitter.Split(article.Body),
        Outlet = article.Outlet.Value,
        OriginalOutlet = article.OriginalOutlet.Value,
        Published = article.Published.Value,
        Url = article.Url.Value,
        Path = article.Path,
        ContentHash = article.ContentHash,
        Entities = article.Entities,
        Provenance = ArticleProvenance.Of(article).ToJson(),
    };
}
