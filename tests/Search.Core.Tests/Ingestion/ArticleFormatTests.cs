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

    public void Dispose() => _folder.Dispose();
}
