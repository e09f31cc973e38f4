using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Ingestion;

public sealed class ArticleFormatTests : IDisposable
{
    private readonly TempDirectory _folder = new("seeds");

    private Article ReadOnly(string name, string content)
    {
        _folder.Write(name, content);
        var result = SeedFolder.Open(_folder.Path).ReadAll().Single();
        Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Error);
        return result.Article!;
    }

    [Fact]
    public void Markdown_front_matter_and_heading_give_metadata_and_title()
    {
        var article = ReadOnly("story.md", """
            ---
            outlet: Yonhap
            published: 2024-12-26
            url: https://example.org/story
            ---
            # Soldier **captured** in Kursk

            The soldier was taken
            alive, officials said.

            - First point
            - Second point
            """);

        Assert.Equal(new Sourced<string>("Soldier captured in Kursk", MetadataSource.Header), article.Title);
        Assert.Equal(new Sourced<string>("Yonhap", MetadataSource.Header), article.Outlet);
        Assert.Equal(new PartialDate(2024, 12, 26), article.Published.Value);
        Assert.Equal("The soldier was taken alive, officials said.\n\n- First point\n\n- Second point", article.Body);
    }

    [Theory]
    [InlineData("title: \"Lies,\" the mayor said of the report", "\"Lies,\" the mayor said of the report")]
    [InlineData("title: \"Floods in Sindh\"", "Floods in Sindh")]
    [InlineData("title: 'Floods in Sindh'", "Floods in Sindh")]
    [InlineData("title: Floods in 'Sindh'", "Floods in 'Sindh'")]
    public void A_front_matter_value_loses_only_the_quotes_around_it(string line, string title)
    {
        var article = ReadOnly("story.md", $"---\n{line}\n---\nTroops arrived in Kursk, officials said.");

        Assert.Equal(title, article.Title.Value);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported_and_an_empty_one_is_not_article_text()
    {
        _folder.Write("open.md", "---\ntitle: Broken front matter\noutlet: Foo\n\nTroops arrived in Kursk, officials said.");
        _folder.Write("empty.md", "---\n---\n# Troops arrive\n\nTroops arrived in Kursk, officials said.");

        var results = SeedFolder.Open(_folder.Path).ReadAll().ToDictionary(r => r.File);

        Assert.Contains(results["open.md"].Issues, i => i.Reason.Contains("never closed", StringComparison.Ordinal));
        Assert.Equal("Troops arrive", results["empty.md"].Article!.Title.Value);
        Assert.Equal("Troops arrived in Kursk, officials said.", results["empty.md"].Article!.Body);
    }

    [Fact]
    public void JSON_articles_carry_their_fields()
    {
        var article = ReadOnly("story.json", """
            {"title": "Troops arrive", "body": "Around 11,000 troops arrived.\nMore may follow.", "outlet": "AFP",
             "published": "2024-11", "original": "Kyodo", "entities": ["place/Kursk", "Kim Jong Un"]}
            """);

        Assert.Equal("Troops arrive", article.Title.Value);
        Assert.Equal("Around 11,000 troops arrived.\n\nMore may follow.", article.Body);
        Assert.Equal(new Sourced<string>("AFP", MetadataSource.Header), article.Outlet);
        Assert.Equal("Kyodo", article.OriginalOutlet.Value);
        Assert.Equal(DatePrecision.Month, article.Published.Value!.Value.Precision);
        Assert.Equal(["place/Kursk", "other/Kim Jong Un"], article.Entities);
    }

    [Fact]
    public void JSON_articles_from_news_APIs_carry_their_fields_under_those_APIs_names()
    {
        _folder.Write("newsapi.json", """
            {"source": {"id": null, "name": "Andean Times"}, "headline": "Quake toll rises", "publishedAt": "2025-10-21T18:02:00Z",
             "text": "The toll rose to 71, officials said."}
            """);
        _folder.Write("schema.json", """
            {"source": "Europe Digest", "headline": "Coalition talks", "datePublished": "30 October 2025", "body": "Talks began."}
            """);

        var articles = SeedFolder.Open(_folder.Path).ReadAll().ToDictionary(r => r.File, r => r);

        var newsApi = articles["newsapi.json"].Article!;
        Assert.Equal(("Quake toll rises", "Andean Times", "2025-10-21"), (newsApi.Title.Value, newsApi.Outlet.Value, newsApi.Published.Value.ToString()));
        var schema = articles["schema.json"].Article!;
        Assert.Equal(("Coalition talks", "Europe Digest", "2025-10-30"), (schema.Title.Value, schema.Outlet.Value, schema.Published.Value.ToString()));
        Assert.Empty(articles.Values.SelectMany(r => r.Issues));
    }

    [Fact]
    public void NewsAPI_content_is_the_body_without_its_count_of_what_was_cut()
    {
        _folder.Write("cut.json", """
            {"source": {"name": "Andean Times"}, "title": "Quake toll rises", "author": "A. Reporter", "description": "The toll rose.",
             "urlToImage": "https://example.org/a.jpg", "content": "The toll rose to 71, officials said. Rescuers… [+1873 chars]"}
            """);
        _folder.Write("whole.json", """{"title": "Quake toll rises", "content": "The toll rose to 71, officials said."}""");

        var results = SeedFolder.Open(_folder.Path).ReadAll().ToDictionary(r => r.File);

        Assert.Equal("The toll rose to 71, officials said. Rescuers", results["cut.json"].Article!.Body);
        Assert.Equal("the text was cut short by the news API: 1873 characters are missing", Assert.Single(results["cut.json"].Issues).Reason);
        Assert.Equal("The toll rose to 71, officials said.", results["whole.json"].Article!.Body);
        Assert.Empty(results["whole.json"].Issues);
    }

    [Fact]
    public void A_JSON_list_of_articles_gives_each_its_own_id_path_metadata_and_issues()
    {
        _folder.Write("feed.json", """
            [{"title": "Ferry sinks", "published": "2027-10-03", "body": "The coast guard said 17 people died."},
             {"title": "No text"}, 42,
             {"headline": "Search goes on \ud83d", "outlet": "Island Post", "text": "Divers searched the bay."}]
            """);
        _folder.Write("news.json", """{"status": "ok", "articles": [{"source": {"name": "Daily Beacon"}, "title": "Toll rises", "content": "The toll rose to 21."}]}""");
        _folder.Write("feed-1.txt", "Another file, whose id a list's article must not take.");
        _folder.Write(Manifest.FileName, """{"articles": {"feed.json": {"outlet": "Visayan Herald"}}}""");

        var results = SeedFolder.Open(_folder.Path).ReadAll().ToDictionary(r => r.File);

        Assert.Equal(["feed-1.txt", "feed.json#1", "feed.json#2", "feed.json#3", "feed.json#4", "news.json#1"], results.Keys.Order(StringComparer.Ordinal));
        var first = results["feed.json#1"].Article!;
        Assert.Equal(("feed.1", "feed.json#1", "Ferry sinks", "Visayan Herald", "The coast guard said 17 people died."),
            (first.Id, first.Path, first.Title.Value, first.Outlet.Value, first.Body)); // the manifest's outlet is every article's of the file
        Assert.Equal(("feed.4", "Visayan Herald", "Search goes on \ufffd"), (results["feed.json#4"].Article!.Id, results["feed.json#4"].Article!.Outlet.Value, results["feed.json#4"].Article!.Title.Value));
        // The file's own issue (half a character escaped) is told once, with its first article.
        Assert.StartsWith("1 escaped half character", Assert.Single(results["feed.json#1"].Issues).Reason, StringComparison.Ordinal);
        Assert.Empty(results["feed.json#4"].Issues);
        Assert.Equal(("feed.json#2", "JSON article has no \"body\", \"text\" or \"content\" string"), (results["feed.json#2"].Issues.Single().File, results["feed.json#2"].Issues.Single().Reason));
        Assert.Equal("expected a JSON object with a \"body\", found Number", results["feed.json#3"].Issues.Single().Reason);
        Assert.Equal(("Daily Beacon", "The toll rose to 21."), (results["news.json#1"].Article!.Outlet.Value, results["news.json#1"].Article!.Body));
        Assert.Equal("feed-1", results["feed-1.txt"].Article!.Id);
    }

    [Theory]
    [InlineData("[]", "a JSON list with no articles in it")]
    [InlineData("""{"title": "Quake toll rises"}""", "JSON article has no \"body\", \"text\" or \"content\" string")]
    public void A_JSON_file_without_an_article_s_text_says_what_it_holds(string json, string reason)
    {
        _folder.Write("a.json", json);

        var result = Assert.Single(SeedFolder.Open(_folder.Path).ReadAll());

        Assert.Null(result.Article);
        Assert.Contains(result.Issues, i => i.Reason == reason);
    }

    [Fact]
    public void A_front_matter_date_in_words_is_read_and_an_ambiguous_one_is_reported()
    {
        _folder.Write("words.md", "---\ndate: Oct. 22, 2025\n---\n# Toll rises\n\nThe toll rose, officials said.");
        _folder.Write("numbers.md", "---\ndate: 03/04/2025\n---\n# Toll rises\n\nThe toll rose, officials said.");

        var results = SeedFolder.Open(_folder.Path).ReadAll().ToDictionary(r => r.File);

        Assert.Equal(new PartialDate(2025, 10, 22), results["words.md"].Article!.Published.Value);
        Assert.Null(results["numbers.md"].Article!.Published.Value);
        Assert.Contains(results["numbers.md"].Issues, i => i.Reason.Contains("day/month or month/day", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inline_url_header_is_read_and_cut()
    {
        var article = ReadOnly("story.txt", "url https://example.org/a date 2024-12 Troops moved north.");

        Assert.Equal("https://example.org/a", article.Url.Value);
        Assert.Equal(new PartialDate(2024, 12), article.Published.Value);
        Assert.Equal("Troops moved north.", article.Body);
    }

    [Fact]
    public void Ordinary_first_words_are_not_mistaken_for_a_header()
    {
        var article = ReadOnly("story.txt", "Date palms grew in 2024 near the border.");

        Assert.Equal("Date palms grew in 2024 near the border.", article.Body);
        Assert.False(article.Published.IsKnown);
    }

    [Theory]
    [InlineData("Russian drone strike on Kharkiv kills seven, injures 23\n\nKHARKIV — A drone attack killed seven people.")]
    [InlineData("date 2025-03-14 Russian drone strike on Kharkiv kills seven, injures 23\r\n\r\nKHARKIV — A drone attack killed seven people.")]
    [InlineData("\uFEFF  Russian drone strike on Kharkiv kills seven, injures 23\n  \nKHARKIV — A drone attack killed seven people.")]
    public void A_first_line_set_off_by_a_blank_line_that_reads_as_a_headline_is_the_title(string content)
    {
        var article = ReadOnly("story.txt", content);

        Assert.Equal(("Russian drone strike on Kharkiv kills seven, injures 23", MetadataSource.Header), (article.Title.Value, article.Title.Source));
        Assert.Equal("KHARKIV — A drone attack killed seven people.", article.Body);
    }

    [Theory]
    [InlineData("A drone attack on Kharkiv killed seven people overnight.\n\nRescuers searched the rubble.")] // a sentence
    [InlineData("Kharkiv\n\nA drone attack killed seven people.")] // a dateline or a label, too short
    [InlineData("A drone attack on Kharkiv killed seven people\nRescuers searched the rubble.")] // no blank line after it
    [InlineData("• A drone attack on Kharkiv killed seven\n\n• Rescuers searched the rubble.")] // a bullet point
    [InlineData("A drone attack on Kharkiv killed seven people")] // nothing after it
    [InlineData("By Jane Smith and John Doe\n\nA drone attack killed seven people.")] // a byline
    [InlineData("The mayor said: “It was a massacre.”\n\nA drone attack killed seven people.")] // a paragraph ending in a quote
    [InlineData("- A drone attack on Kharkiv killed seven\n\n- Rescuers searched the rubble.")] // a list item
    public void A_first_line_that_is_no_headline_stays_in_the_body_and_the_title_is_derived(string content)
    {
        var article = ReadOnly("story.txt", content);

        Assert.Equal(MetadataSource.Derived, article.Title.Source);
        Assert.StartsWith(content.Split('\n')[0].TrimEnd('.'), article.Body, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
