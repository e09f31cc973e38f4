using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class ArticleRecordsTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(null, new List<string>());

    private static List<IndexRecord> Records(string body, bool extract = true)
    {
        var article = new Article
        {
            Id = "a1", Path = "a1.txt", ContentHash = "0", Body = body,
            Title = new Sourced<string>("Title", MetadataSource.Derived),
            Outlet = new Sourced<string>("WION", MetadataSource.Manifest),
            Published = new Sourced<PartialDate?>(new PartialDate(2024, 12, 27), MetadataSource.Manifest),
            Entities = ["place/Kyiv"],
        };
        var extraction = extract ? new ArticleExtractor(Gazetteer).Extract(body, article.Published.Value) : null;
        return ArticleRecords.From(article, extraction, Gazetteer).ToList();
    }

    [Fact]
    public void An_article_carries_its_entities_claim_count_and_every_name_of_its_entities()
    {
        var records = Records("Zelenskyy said more than 3,000 soldiers had been killed or wounded. The NIS confirmed it.");

        var article = records[0];
        Assert.Equal(RecordKinds.Article, article.Kind);
        Assert.Equal(2, article.ClaimCount);
        Assert.Contains("person/Volodymyr Zelensky", article.Entities);
        Assert.Contains("place/Kyiv", article.Entities);
        Assert.Contains("Zelenksy", article.EntityNames);
        Assert.Contains("National Intelligence Service", article.EntityNames);
        Assert.Equal(["casualties"], article.Topics);
    }

    [Fact]
    public void Each_claim_becomes_a_document_linked_to_its_article()
    {
        var claims = Records("Zelenskyy said more than 3,000 soldiers had been killed or wounded. The NIS confirmed it.").Skip(1).ToList();

        Assert.Equal(2, claims.Count);
        var first = claims[0];
        Assert.Equal(("a1-c01", "a1", RecordKinds.Claim, "Volodymyr Zelensky"), (first.Id, first.ArticleId, first.Kind, first.Claimant));
        Assert.Equal(("WION", new PartialDate(2024, 12, 27)), (first.Outlet, first.Published!.Value));
        Assert.Equal("more than 3,000 soldiers had been killed or wounded.", first.Body);
        Assert.Contains("person/Volodymyr Zelensky", first.Entities);
        var stored = StoredClaim.FromJson(first.ClaimJson)!;
        Assert.Equal("(3000, ∞)", stored.Figures.Single().Interval);
    }

    [Fact]
    public void With_extraction_off_only_the_article_is_indexed_with_its_metadata_entities()
    {
        var records = Records("Zelenskyy said more than 3,000 soldiers had been killed.", extract: false);

        var article = Assert.Single(records);
        Assert.Equal(["place/Kyiv"], article.Entities);
        Assert.Null(article.ClaimCount);
    }
}
