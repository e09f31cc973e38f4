using Lucene.Net.Documents;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>The stored fields of a hit, read through the schema; keeps Lucene documents inside Core.</summary>
internal sealed record StoredDocument(
    string Id,
    string Kind,
    string ArticleId,
    string Title,
    string Body,
    IReadOnlyList<TextSpan> Sentences,
    string? Outlet,
    string? OriginalOutlet,
    PartialDate? Published,
    string? Url,
    IReadOnlyList<string> Entities,
    string? Claimant,
    Extraction.StoredClaim? Claim,
    int? ClaimCount,
    Document Source)
{
    /// <summary>The fields a result list needs; the provenance JSON and file facts are left on disk.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(new SchemaField[]
    {
        IndexSchema.Id, IndexSchema.Type, IndexSchema.Article, IndexSchema.Title, IndexSchema.Body, IndexSchema.Sentences,
        IndexSchema.Outlet, IndexSchema.Original, IndexSchema.Published, IndexSchema.Url, IndexSchema.Entity, IndexSchema.Claimant,
        IndexSchema.ClaimData, IndexSchema.ClaimCount,
    }.Select(f => f.Name));

    public static StoredDocument ForHit(IndexSearcher searcher, int docId) => From(searcher.Doc(docId, HitFields));

    public static StoredDocument Whole(IndexSearcher searcher, int docId) => From(searcher.Doc(docId));

    private static StoredDocument From(Document document) => new(
        IndexSchema.Id.Read(document) ?? "",
        IndexSchema.Type.ReadFirst(document) ?? RecordKinds.Article,
        IndexSchema.Article.Read(document) ?? IndexSchema.Id.Read(document) ?? "",
        IndexSchema.Title.Read(document),
        IndexSchema.Body.Read(document),
        IndexSchema.Sentences.Read(document),
        IndexSchema.Outlet.ReadFirst(document),
        IndexSchema.Original.ReadFirst(document),
        IndexSchema.Published.Read(document),
        IndexSchema.Url.Read(document),
        IndexSchema.Entity.Read(document),
        IndexSchema.Claimant.ReadFirst(document),
        Extraction.StoredClaim.FromJson(IndexSchema.ClaimData.Read(document)),
        int.TryParse(IndexSchema.ClaimCount.Read(document), System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null,
        document);
}
