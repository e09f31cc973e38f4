using System.Security.Cryptography;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Ingestion;

public sealed class SeedMetadataTests : IDisposable
{
    private readonly TempDirectory _withoutManifest = new();
    private readonly Dictionary<string, Article> _manifest;
    private readonly Dictionary<string, Article> _signatures;

    public SeedMetadataTests()
    {
        Seeds.CopyTo(_withoutManifest.Path, withManifest: false);
        _manifest = ReadAll(Seeds.Folder);
        _signatures = ReadAll(_withoutManifest.Path);
    }

    private static Dictionary<string, Article> ReadAll(string folder) =>
        SeedFolder.Open(folder).ReadAll().Select(r => r.Article!).ToDictionary(a => a.Id);

    [Fact]
    public void The_manifest_gives_outlet_url_and_date_and_wins()
    {
        var reprint = _manifest[Seeds.AmericanMilitaryNews];

        Assert.Equal(new Sourced<string>("American Military News", MetadataSource.Manifest), reprint.Outlet);
        Assert.Equal(new Sourced<string>("Radio Free Asia", MetadataSource.Manifest), reprint.OriginalOutlet);
        Assert.Equal(new Sourced<PartialDate?>(new PartialDate(2024, 12), MetadataSource.Manifest), reprint.Published);
        Assert.Equal(MetadataSource.Manifest, reprint.Url.Source);
        Assert.Equal(Sourced<PartialDate?>.Unknown, _manifest[Seeds.M10].Published);
        Assert.Equal(Sourced<string>.Unknown, _manifest[Seeds.BusinessInsider].Url);
    }

    [Fact]
    public void Without_the_manifest_signatures_name_the_outlets()
    {
        Assert.Equal(new Sourced<string>("Business Insider", MetadataSource.Signature), _signatures[Seeds.BusinessInsider].Outlet);
        Assert.Equal(new Sourced<string>("The Moscow Times", MetadataSource.Signature), _signatures[Seeds.MoscowTimes].Outlet);
        Assert.Equal(new Sourced<string>("Radio Free Asia", MetadataSource.Signature), _signatures[Seeds.AmericanMilitaryNews].OriginalOutlet);
        Assert.Equal(Sourced<string>.Unknown, _signatures[Seeds.AmericanMilitaryNews].Outlet);
        Assert.Equal(Sourced<string>.Unknown, _signatures[Seeds.M10].Outlet);
    }

    [Fact]
    public void Read_the_original_on_another_outlet_than_the_file_s_names_the_original()
    {
        using var folder = new TempDirectory();
        const string Story = "Cyclone Sitara killed at least 42 people in Bangladesh on Wednesday, officials said.";
        folder.Write("copy.txt", Story + "\n\nRead the original article on Global Wire.");
        folder.Write("own.txt", Story + "\n\nRead the original article on Global Wire.");
        folder.Write(Manifest.FileName, """{ "articles": { "copy.txt": { "outlet": "Dhaka Morning Star" }, "own.txt": { "outlet": "global wire" } } }""");

        var articles = ReadAll(folder.Path).Values.ToDictionary(a => a.Path);

        Assert.Equal(new Sourced<string>("Global Wire", MetadataSource.Signature), articles["copy.txt"].OriginalOutlet);
        Assert.Equal(new Sourced<string>("Dhaka Morning Star", MetadataSource.Manifest), articles["copy.txt"].Outlet);
        Assert.Equal(Sourced<string>.Unknown, articles["own.txt"].OriginalOutlet); // its own outlet, in another case
    }

    [Fact]
    public void An_inline_header_gives_the_date_when_the_manifest_does_not_and_leaves_the_body()
    {
        var wion = _signatures[Seeds.Wion];

        Assert.Equal(new Sourced<PartialDate?>(new PartialDate(2024, 12, 27), MetadataSource.Header), wion.Published);
        Assert.StartsWith("An injured North Korean soldier", wion.Body, StringComparison.Ordinal);
        Assert.Contains(wion.Evidence, e => e.Kind == EvidenceKind.Header && e.Text == "date 2024-12-27");
        Assert.StartsWith("An injured North Korean soldier", _manifest[Seeds.Wion].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Publisher_boilerplate_is_cut_from_the_body_and_kept_as_evidence()
    {
        var moscow = _manifest[Seeds.MoscowTimes];
        var insider = _manifest[Seeds.BusinessInsider];
        var reprint = _manifest[Seeds.AmericanMilitaryNews];

        Assert.DoesNotContain("Prosecutor General", moscow.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Remind me later", moscow.Body, StringComparison.Ordinal);
        Assert.EndsWith("said last week.", moscow.Body, StringComparison.Ordinal);
        var appeal = Assert.Single(moscow.Evidence, e => e.Kind == EvidenceKind.Appeal);
        Assert.StartsWith("A Message from The Moscow Times:", appeal.Text, StringComparison.Ordinal);
        Assert.EndsWith("Remind me later.", appeal.Text, StringComparison.Ordinal);

        Assert.DoesNotContain("Read the original article", insider.Body, StringComparison.Ordinal);
        Assert.Contains(insider.Evidence, e => e.Kind == EvidenceKind.OutletSignature && e.Text == "Read the original article on Business Insider");

        Assert.DoesNotContain("reprinted with permission", reprint.Body, StringComparison.Ordinal);
        Assert.Contains(reprint.Evidence, e => e.Kind == EvidenceKind.OriginalSignature);
    }

    [Fact]
    public void Titles_are_derived_from_the_lede_at_a_word_boundary()
    {
        Assert.Equal(new Sourced<string>("A North Korean soldier was captured by Ukraine, per South Korean intelligence", MetadataSource.Derived), _manifest[Seeds.BusinessInsider].Title);
        Assert.StartsWith("A North Korean soldier who was captured", _manifest[Seeds.AmericanMilitaryNews].Title.Value, StringComparison.Ordinal);
        foreach (var article in _manifest.Values)
        {
            var title = article.Title.Value!;
            Assert.InRange(title.Length, 10, 121);
            Assert.True(title.EndsWith('…') ? article.Body.Contains(title[..^1].TrimEnd(), StringComparison.Ordinal) : article.Body.Contains(title, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Paragraphs_are_kept_and_ids_and_hashes_come_from_the_files()
    {
        var insider = _manifest[Seeds.BusinessInsider];

        Assert.Contains("\n\nA North Korean soldier captured by Ukrainian forces", insider.Body, StringComparison.Ordinal);
        Assert.Equal(Seeds.AllIds.Order(), _manifest.Keys.Order());
        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Seeds.Folder, insider.Path))));
        Assert.Equal(expected, insider.ContentHash);
    }

    public void Dispose() => _withoutManifest.Dispose();
}
