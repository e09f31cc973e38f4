using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Highlighting;

public sealed class LongArticleTests
{
    [Fact]
    public void A_5_MB_article_is_highlighted_only_up_to_the_limit_and_says_so()
    {
        var sentence = "Artillery fire continued along the front near the river. ";
        var body = string.Concat(Enumerable.Repeat(sentence, 5 * 1024 * 1024 / sentence.Length)) + "Finally the Kursk offensive stalled.";
        using var directory = new TempDirectory("long");
        var layout = new IndexLayout(directory.Combine("index"));
        new IndexBuilder(layout, new NewsAnalyzer()).Build([TestRecords.Article("long", body)], "test");
        using var index = new SearchIndex(layout);
        var queries = new QueryBuilder(new NewsAnalyzer());
        var highlighter = new Highlighter(new HighlightOptions { MaxAnalyzedChars = 1_000_000 });
        var pipeline = new SearchPipeline(index, queries, highlighter);

        var hit = pipeline.Search(SearchRequestParser.TryParse(new SearchParameters { Query = "Kursk artillery" }, out _)!).Hits.Single();
        var article = new ArticleViewer(index, queries, highlighter).Article("long", "artillery")!;

        Assert.True(hit.Truncated);
        Assert.True(article.Truncated);
        Assert.All(article.Body.Marks, m => Assert.True(m.End <= 1_000_000));
        Assert.InRange(article.Body.Marks.Count, 1000, 1_000_000 / sentence.Length + 1);
        Assert.DoesNotContain(hit.Snippets, s => s.Text.Contains("Kursk", StringComparison.Ordinal));
    }
}
