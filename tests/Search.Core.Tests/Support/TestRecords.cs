using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Tests.Support;

public static class TestRecords
{
    /// <summary>An article record with its sentences split as the indexer does.</summary>
    public static IndexRecord Article(string id, string body, string? title = null, string? outlet = null, PartialDate? published = null) => new()
    {
        Kind = RecordKinds.Article,
        Id = id,
        ArticleId = id,
        Title = title ?? id,
        Body = body,
        Sentences = SentenceSplitter.Split(body),
        Outlet = outlet,
        Published = published,
    };
}
