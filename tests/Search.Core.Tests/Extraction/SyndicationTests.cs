using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

public sealed class SyndicationTests
{
    private const string Report = "A North Korean soldier captured by Ukrainian forces in the Kursk region has died of his wounds, South Korea's spy agency said on Friday, adding that it had learned of the death from an allied intelligence service and that more details would follow.";

    private static SyndicationCandidate Article(string id, string body, PartialDate? published = null, string? original = null) =>
        new(id, "Outlet " + id, original, published, MinHash.Signature(body));

    [Fact]
    public void A_lightly_edited_copy_is_recognised_and_the_earliest_is_its_original()
    {
        var copy = Report.Replace("on Friday", "late on Friday", StringComparison.Ordinal) + " Read more at our site.";
        var result = Syndication.Resolve([
            Article("copy", copy, new PartialDate(2024, 12, 28)),
            Article("original", Report, new PartialDate(2024, 12, 27)),
            Article("other", "Pyongyang sent thousands more troops to the front, according to officials in Seoul who spoke on condition of anonymity."),
        ]);

        Assert.Equal("original", result["copy"].CopyOf);
        Assert.Equal(result["original"].Source, result["copy"].Source);
        Assert.NotEqual(result["original"].Source, result["other"].Source);
        Assert.True(MinHash.Similarity(MinHash.Signature(copy), MinHash.Signature(Report)) >= Syndication.NearCopyThreshold);
    }

    [Fact]
    public void Reprints_of_one_outlet_count_as_one_source()
    {
        var result = Syndication.Resolve([
            Article("a", "First wording of the reprinted story about the captured soldier and his death in custody near Kursk.", original: "Radio Free Asia"),
            Article("b", "An entirely different text that happens to credit the same original outlet for its report on troop numbers.", original: "Radio Free Asia"),
        ]);

        Assert.Equal(result["a"].Source, result["b"].Source);
        Assert.Equal("Radio Free Asia", result["a"].ReprintOf);
    }

    [Fact]
    public void Unrelated_reports_on_the_same_event_stay_independent()
    {
        var similarity = MinHash.Similarity(
            MinHash.Signature("The soldier died of his wounds on Friday, the spy agency said, citing an allied intelligence service."),
            MinHash.Signature("South Korean officials said Friday that the captured North Korean soldier later died in captivity in Ukraine."));

        Assert.True(similarity < Syndication.NearCopyThreshold);
    }
}
