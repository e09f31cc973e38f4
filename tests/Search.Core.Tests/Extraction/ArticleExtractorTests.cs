using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new(Gazetteer.Load(null, new List<string>()));

    [Fact]
    public void Entities_are_counted_by_mention_most_mentioned_first_then_by_label()
    {
        var extraction = Extractor.Extract(
            "Ukrainian forces pushed into Kursk. Russia said Ukraine lost troops there. Kyiv denied it, and Russia repeated the claim.",
            PartialDate.Parse("2024-12-27"));

        // "Ukrainian" and "Ukraine" are one country; Russia and Ukraine tie at two, so their labels order them.
        Assert.Equal(
            [("country/Russia", 2), ("country/Ukraine", 2), ("place/Kursk", 1), ("place/Kyiv", 1)],
            extraction.Entities);
    }
}
