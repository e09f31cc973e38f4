using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Highlighting;

public sealed class TermWeightsTests
{
    private static readonly IndexRecord[] FourReports =
    [
        TestRecords.Article("a", "Kursk report."),
        TestRecords.Article("b", "Kyiv report."),
        TestRecords.Article("c", "Odesa report."),
        TestRecords.Article("d", "Kharkiv report."),
    ];

    [Fact]
    public void A_word_weighs_its_BM25_idf_and_a_phrase_the_sum_of_its_words()
    {
        using var search = TestSearch.FromRecords(FourReports);
        using var lease = search.Index.Acquire();
        var weights = TermWeights.Of(lease);

        var kursk = Math.Log(1 + (4 - 1 + 0.5) / (1 + 0.5));
        var report = Math.Log(1 + (4 - 4 + 0.5) / (4 + 0.5));
        Assert.Equal(kursk, weights.Of("body", "kursk"), 12);
        Assert.Equal(kursk + report, weights.Of("body", "kursk report"), 12);
        Assert.Equal(kursk, weights.Of("body", "kursk"), 12);
    }

    [Fact]
    public void Searches_on_one_reader_share_the_weights_and_a_new_generation_gets_its_own()
    {
        using var search = TestSearch.FromRecords(FourReports);
        TermWeights first, again;
        using (var lease = search.Index.Acquire())
        {
            first = TermWeights.Of(lease);
        }
        using (var lease = search.Index.Acquire())
        {
            again = TermWeights.Of(lease);
        }
        new IndexBuilder(search.Layout, new NewsAnalyzer()).Build([.. FourReports, TestRecords.Article("e", "Kursk again.")], "test-2");
        search.Index.Refresh();

        using var next = search.Index.Acquire();
        var rebuilt = TermWeights.Of(next);

        Assert.Same(first, again);
        Assert.NotSame(first, rebuilt);
        Assert.Equal(Math.Log(1 + (5 - 2 + 0.5) / (2 + 0.5)), rebuilt.Of("body", "kursk"), 12);
    }
}
