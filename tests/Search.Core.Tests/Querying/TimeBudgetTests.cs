using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class TimeBudgetTests
{
    [Fact]
    public void A_search_that_runs_out_of_time_returns_what_it_has_and_says_so()
    {
        using var directory = new TempDirectory("budget");
        var layout = new IndexLayout(directory.Combine("index"));
        new IndexBuilder(layout, new NewsAnalyzer()).Build(Enumerable.Range(0, 3000).Select(i => TestRecords.Article($"d{i}", "Kursk report.")), "test");
        using var index = new SearchIndex(layout);
        var analyzer = new NewsAnalyzer();
        var spent = new SearchPipeline(index, new QueryBuilder(analyzer), new Highlighter(new()), timeBudget: TimeSpan.Zero);
        var generous = new SearchPipeline(index, new QueryBuilder(analyzer), new Highlighter(new()), timeBudget: TimeSpan.FromMinutes(1));
        var request = SearchRequestParser.TryParse(new SearchParameters { Query = "Kursk" }, out _)!;

        var partial = spent.Search(request);
        var complete = generous.Search(request);

        Assert.True(partial.TimedOut);
        Assert.True(partial.Total < complete.Total);
        Assert.False(complete.TimedOut);
        Assert.Equal(3000, complete.Total);
    }
}
