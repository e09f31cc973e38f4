using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class ArticleRecordsTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(null, new List<string>());

    private static List<IndexRecord> Records(string body, bool extract = true, IReadOnlyList<string>? declared = null, string outlet = "WION",
        string? original = null)
    {
        var article = new Article
        {
            Id = "a1", Path = "a1.txt", ContentHash = "0", Body = body,
            Title = new Sourced<string>("Title", MetadataSource.Derived),
            Outlet = new Sourced<string>(outlet, MetadataSource.Manifest),
            OriginalOutlet = original is null ? Sourced<string>.Unknown : new Sourced<string>(original, MetadataSource.Signature),
            Published = new Sourced<PartialDate?>(new PartialDate(2024, 12, 27), MetadataSource.Manifest),
            Entities = declared ?? ["place/Kyiv"],
        };
        var extraction = extract ? new ArticleExtractor(Gazetteer).Extract(body, article.Published.Value) : null;
        return ArticleRecords.From(article, extraction, Gazetteer).ToList();
    }

    [Fact]
    public void An_article_keeps_the_acronyms_it_defines_but_not_the_gazetteer_s()
    {
        var article = Records("The National Emergency and Civil Protection Authority (ANEPC) said 600 people were evacuated. ANEPC said more would follow. NATO and the NIS said nothing.")[0];

        Assert.Equal("ANEPC\tNational Emergency and Civil Protection Authority", article.Acronyms);
        Assert.Null(Records("NATO and the NIS said nothing.")[0].Acronyms);
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

    private const string PortoAlegre = "PORTO ALEGRE, Brazil — Floods hit Porto Alegre again on Monday. Officials said the floods had cut Porto Alegre off. "
        + "Rescuers reached Canoas, where Márcia Gonçalves said the water was rising; Marcia Goncalves runs a shelter in Canoas.";

    [Fact]
    public void A_name_the_metadata_types_keeps_its_type_in_the_article_and_its_claims()
    {
        var records = Records(PortoAlegre, declared: ["other/PORTO ALEGRE", "place/Porto Alegre"]);

        Assert.Contains("place/Porto Alegre", records[0].Entities);
        Assert.DoesNotContain(records[0].Entities, e => e.EndsWith("/PORTO ALEGRE", StringComparison.Ordinal) || e == "other/Porto Alegre");
        var claim = records.Skip(1).Single(r => r.Body.Contains("Porto Alegre", StringComparison.Ordinal));
        Assert.Contains("place/Porto Alegre", claim.Entities);
        Assert.DoesNotContain("other/Porto Alegre", claim.Entities);
    }

    [Theory]
    [InlineData("The Northern Courier", "Residents of Carhuaz told the Courier that looting had been reported. Marleni Huaman said the road was gone.")]
    [InlineData("Lima Post", "Residents of Carhuaz told the Lima Post that looting had been reported. Marleni Huaman said the road was gone.")]
    [InlineData("The Northern Courier", "Residents of Carhuaz told the Northern Courier that looting had been reported.")]
    [InlineData("Reuters", "Residents of Carhuaz told Reuters that looting had been reported.")]
    public void The_article_s_own_outlet_named_in_it_is_no_entity_of_it(string outlet, string body)
    {
        var entities = Records(body, declared: [], outlet: outlet)[0].Entities;

        Assert.DoesNotContain(entities, e => e.EndsWith("Courier", StringComparison.Ordinal) || e.EndsWith("/Lima Post", StringComparison.Ordinal)
            || e.EndsWith("/Reuters", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.EndsWith("/Carhuaz", StringComparison.Ordinal));
    }

    [Fact]
    public void The_original_outlet_of_a_copy_named_in_it_is_no_entity_of_it()
    {
        var entities = Records("Radio Free Asia reported that looting had spread in Carhuaz.", declared: [], outlet: "American Military News",
            original: "Radio Free Asia")[0].Entities;

        Assert.DoesNotContain(entities, e => e.EndsWith("/Radio Free Asia", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.EndsWith("/Carhuaz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_an_outlet_is_named_after_stays_an_entity_of_its_articles()
    {
        var entities = Records("Miners in Lualaba returned to the pits, and the governor of Lualaba said work would resume.", declared: [], outlet: "Radio Lualaba")[0].Entities;

        Assert.Contains(entities, e => e.EndsWith("/Lualaba", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_of_another_article_named_in_this_one_stays_an_entity()
    {
        var entities = Records("Residents told the Lima Post that looting had been reported in Carhuaz.", declared: [], outlet: "Andes Herald")[0].Entities;

        Assert.Contains(entities, e => e.EndsWith("/Lima Post", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_is_written_as_the_article_writes_it_outside_its_dateline_and_once_whatever_its_accents()
    {
        var article = Records(PortoAlegre, declared: ["other/PORTO ALEGRE"])[0];

        // The dateline says it is a place, and the body how it is written.
        Assert.Contains("place/Porto Alegre", article.Entities);
        Assert.DoesNotContain(article.Entities, e => e.EndsWith("/PORTO ALEGRE", StringComparison.Ordinal) || e == "other/Porto Alegre");
        Assert.Equal(["person/Márcia Gonçalves"], article.Entities.Where(e => e.Contains("Gon", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_claimant_is_stored_under_the_label_the_article_gives_its_name()
    {
        var records = Records("Marcia Goncalves said the water was rising. Márcia Gonçalves runs a shelter in Canoas.", declared: []);

        var claim = StoredClaim.FromJson(records.Skip(1).Single().ClaimJson)!;
        Assert.Equal("person/Márcia Gonçalves", claim.Claimant.Entity);
        Assert.Contains("person/Márcia Gonçalves", records[0].Entities);
    }
}
