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

    [Fact]
    public void A_saved_web_page_gives_its_headline_outlet_date_and_address_and_its_article_text_once()
    {
        _folder.Write("lassa.html", """
            <!DOCTYPE html>
            <html><head><title>Lassa fever: toll rises to 38 &amp; counting</title>
            <meta content="Global Wire" property="og:site_name">
            <meta property="article:published_time" content="2025-02-14T09:30:00Z">
            <link rel="canonical" href="https://example.org/lassa">
            <script>var tracking = "Kursk";</script></head>
            <body><nav>Home | World</nav><article><h1>Lassa fever: toll rises to 38 &amp; counting</h1>
            <!-- byline box -->
            <p>The agency raised the toll to 38, officials said.</p><p>Cases rose to 1,402.</p></article></body></html>
            """);

        var (article, issues) = Read("lassa.html");

        Assert.Equal(new Sourced<string>("Lassa fever: toll rises to 38 & counting", MetadataSource.Header), article!.Title);
        Assert.Equal("Global Wire", article.Outlet.Value);
        Assert.Equal(new PartialDate(2025, 2, 14), article.Published.Value);
        Assert.Equal("https://example.org/lassa", article.Url.Value);
        Assert.Equal("The agency raised the toll to 38, officials said.\n\nCases rose to 1,402.", article.Body);
        Assert.DoesNotContain(issues, i => i.Severity == IssueSeverity.Error);
    }

    [Theory]
    [InlineData("<h1>Dam breach floods valley</h1>")] // the one with the headline
    [InlineData("")] // else the longest
    public void Of_articles_side_by_side_the_main_one_is_read_and_the_teasers_are_left_out(string heading)
    {
        _folder.Write("dam.html", $"""
            <html><head><meta property="og:title" content="Dam breach floods valley"></head><body>
            <article class="teaser"><h2>Related: Mayor resigns</h2><p>Officials said 3 people died in an unrelated fire.</p></article>
            <article class="main">{heading}<p>The water board said 44 people were killed when the dam breached on Sunday.</p>
            <p>Rescuers searched the valley.</p><article class="comment"><p>A reader's comment.</p></article></article>
            <article class="teaser"><p>United won 3-0 on Saturday.</p></article>
            </body></html>
            """);
        _folder.Write("one.html", "<body><article><h1>Dam breach</h1><p>The board said 44 people were killed.</p></article></body>");

        var (article, issues) = Read("dam.html");

        Assert.Equal("The water board said 44 people were killed when the dam breached on Sunday.\n\nRescuers searched the valley.\n\nA reader's comment.", article!.Body);
        Assert.Contains(issues, i => i.Reason.StartsWith("the page holds 3 <article> elements side by side", StringComparison.Ordinal));
        _folder.Write("long-teaser.html", "<body><article><p>A long teaser about another story that goes on and on for many more words than the story.</p></article>"
            + "<article><h1>Dam breach</h1><p>The board said 44 people were killed.</p></article></body>");
        Assert.Equal("The board said 44 people were killed.", Read("long-teaser.html").Article!.Body); // the headline's, though shorter
        Assert.Empty(Read("one.html").Issues);
        Assert.Equal("The board said 44 people were killed.", Read("one.html").Article!.Body);
    }

    [Fact]
    public void A_notice_for_readers_without_scripts_is_no_text_and_a_story_in_a_frame_is_reported()
    {
        _folder.Write("noscript.html", "<body><article><h1>Dam breach</h1><noscript><p>Enable JavaScript to see the map.</p></noscript><p>The board said 44 people were killed.</p></article></body>");
        _folder.Write("framed.html", "<body><noscript>Please enable JavaScript to read this story.</noscript><iframe srcdoc=\"&lt;p&gt;The board said 44 people were killed.&lt;/p&gt;\"></iframe></body>");

        Assert.Equal("The board said 44 people were killed.", Read("noscript.html").Article!.Body);
        var (framed, issues) = Read("framed.html");
        Assert.Null(framed);
        Assert.Contains(issues, i => i.Reason == "the page's text is inside an <iframe>, which is another page: not read");
    }

    [Fact]
    public void A_page_without_article_or_metadata_gives_its_body_and_its_first_heading_as_title()
    {
        _folder.Write("bare.htm", "<body><h1>Floods in Sindh</h1><p>Forty people died, the NDMA said.</p><p>More rain is due.</p>");
        _folder.Write("spans.html", "<body><span>Forty people died,</span> <b>the NDMA said.</b></body>");

        var (article, _) = Read("bare.htm");

        Assert.Equal("Floods in Sindh", article!.Title.Value);
        Assert.Null(article.Outlet.Value);
        Assert.Equal("Forty people died, the NDMA said.\n\nMore rain is due.", article.Body);
        Assert.Equal("Forty people died, the NDMA said.", Read("spans.html").Article!.Body); // a page, though it marks no paragraph
    }

    [Theory]
    [InlineData("<title>Toll rises to 38 | Global Wire</title><body><p>Forty people died.</p>", "Toll rises to 38")]
    [InlineData("<title>Toll rises to 38 - Global Wire</title><meta property=\"og:site_name\" content=\"Global Wire\"><body><p>Forty people died.</p>", "Toll rises to 38")]
    [InlineData("<title>Toll rises - and rises</title><body><p>Forty people died.</p>", "Toll rises - and rises")]
    [InlineData("<html><head><title>Toll rises to 38 | Global Wire</title></head><p>Forty people died.</p></html>", "Toll rises to 38")] // no body element: the head still goes
    [InlineData("<title>Toll rises | Global Wire</title><body><h1>Lassa toll rises to 38</h1><p>Forty people died.</p>", "Lassa toll rises to 38")]
    public void A_page_s_headline_is_its_heading_or_its_title_without_the_site_s_name(string page, string title)
    {
        _folder.Write("page.html", page);

        var (article, _) = Read("page.html");

        Assert.Equal(title, article!.Title.Value);
        Assert.Equal("Forty people died.", article.Body);
    }

    [Fact]
    public void A_page_saved_as_text_loses_its_doctype_head_and_comments()
    {
        _folder.Write("page.txt", "<!DOCTYPE html><html><head><title>Floods in Sindh</title></head><body><p>Forty people died, the NDMA said.</p><!-- ad --><p>More rain is due.</p></body></html>");

        var (article, _) = Read("page.txt");

        Assert.Equal("Forty people died, the NDMA said.\n\nMore rain is due.", article!.Body);
    }

    [Fact]
    public void A_page_of_many_unclosed_openings_is_read_in_one_pass()
    {
        _folder.Write("hostile.html", string.Concat(Enumerable.Repeat("<article><title><h1><body><!-- ", 20_000)) + "<p>Forty people died.</p>");

        var (article, _) = Read("hostile.html");

        Assert.Contains("Forty people died.", article!.Body, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
