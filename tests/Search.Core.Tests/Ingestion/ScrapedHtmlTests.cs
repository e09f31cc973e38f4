using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Ingestion;

public sealed class ScrapedHtmlTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private (Article? Article, IReadOnlyList<IngestionIssue> Issues) Read(string name)
    {
        var result = Assert.Single(SeedFolder.Open(_folder.Path).ReadAll(), r => r.File == name);
        return (result.Article, result.Issues);
    }

    [Fact]
    public void A_scraped_page_is_read_as_its_text_and_says_so()
    {
        _folder.Write("att.json", """
            {"title": "AT&amp;T to pay $177 million", "outlet": "Wire &amp; Cable News",
             "body": "<p>AT&amp;T agreed to pay $177 million, the company said.</p><script>track(1)</script><p>It &#8220;denies any wrongdoing&#8221;,&nbsp;a <b>spokesperson</b> said.<br>More follows.</p>"}
            """);

        var (article, issues) = Read("att.json");

        Assert.Equal("AT&T to pay $177 million", article!.Title.Value);
        Assert.Equal("Wire & Cable News", article.Outlet.Value);
        Assert.Equal("AT&T agreed to pay $177 million, the company said.\n\nIt “denies any wrongdoing”, a spokesperson said.\n\nMore follows.", article.Body);
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Warning && i.Reason.Contains("web page", StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_in_a_text_without_paragraph_tags_is_the_text_s_own_and_stays()
    {
        _folder.Write("notice.txt", "Quarantine notice <img src=x onerror=alert(1)> was posted in Kursk. <script>alert(2)</script> Another line follows.");

        var (article, issues) = Read("notice.txt");

        Assert.Contains("<img src=x onerror=alert(1)>", article!.Body, StringComparison.Ordinal);
        Assert.Contains("<script>alert(2)</script>", article.Body, StringComparison.Ordinal);
        Assert.Empty(issues);
    }

    [Fact]
    public void A_text_without_markup_is_left_as_it_is()
    {
        const string Body = "Prices rose 5% & more at AT&T, officials said on Friday.";
        _folder.Write("plain.txt", Body);

        var (article, issues) = Read("plain.txt");

        Assert.Equal(Body, article!.Body);
        Assert.Empty(issues);
    }

    public void Dispose() => _folder.Dispose();
}
