using System.Text;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Ingestion;

public sealed class BadInputTests : IDisposable
{
    private const string GoodText = "Pyongyang sent more troops to Kursk, officials said.";
    private readonly TempDirectory _folder = new("seeds");

    private List<ArticleReadResult> ReadAll(IngestionOptions? options = null)
    {
        var folder = SeedFolder.Open(_folder.Path, options);
        return [.. folder.ReadAll(), .. folder.FolderIssues.Select(i => new ArticleReadResult(i.File, null, [i]))];
    }

    private IngestionIssue SingleError(string file, IngestionOptions? options = null)
    {
        _folder.Write("good.txt", GoodText);
        var results = ReadAll(options);
        Assert.NotNull(results.Single(r => r.File == "good.txt").Article);
        var issue = Assert.Single(results.Where(r => r.File == file).SelectMany(r => r.Issues));
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Null(results.First(r => r.File == file).Article);
        return issue;
    }

    [Fact]
    public void An_empty_file_is_skipped_with_a_reason()
    {
        _folder.Write("empty.txt", "");
        Assert.Equal("empty file", SingleError("empty.txt").Reason);
    }

    [Fact]
    public void A_file_of_white_space_is_skipped()
    {
        _folder.Write("blank.txt", " \n\t\r\n ");
        Assert.Contains("white space", SingleError("blank.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_skipped()
    {
        _folder.WriteBytes("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        Assert.Contains("binary", SingleError("photo.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_read_as_Windows_1252_with_a_warning_naming_the_byte()
    {
        _folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00E9 owners in Kyiv said the power was back."));

        var result = ReadAll().Single(r => r.File == "latin1.txt");

        Assert.Contains("Café owners in Kyiv", result.Article!.Body, StringComparison.Ordinal);
        var warning = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Warning, "not UTF-8 (first invalid byte at 3): read as Windows-1252"), (warning.Severity, warning.Reason));
    }

    [Fact]
    public void A_title_too_long_for_a_headline_is_shown_cut_and_kept_whole_in_the_text()
    {
        var title = string.Join(' ', Enumerable.Repeat("Kursk", 500)) + " ends here";
        _folder.Write("long.md", $"---\ntitle: {title}\n---\n\n{GoodText}\n");

        var result = ReadAll().Single(r => r.File == "long.md");

        Assert.True(result.Article!.Title.Value!.Length <= 301);
        Assert.EndsWith("…", result.Article.Title.Value, StringComparison.Ordinal);
        Assert.StartsWith(title + "\n\n", result.Article.Body, StringComparison.Ordinal);
        Assert.EndsWith(GoodText, result.Article.Body, StringComparison.Ordinal);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Reason.StartsWith("title of 3,009 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_ended_by_CR_alone_give_a_headline_and_its_text()
    {
        _folder.Write("mac.txt", "Miners return to the pits in Kolwezi\r\r" + GoodText + "\rThe mines ministry said 14 pits remained closed.\r");

        var article = ReadAll().Single(r => r.File == "mac.txt").Article!;

        Assert.Equal("Miners return to the pits in Kolwezi", article.Title.Value);
        Assert.StartsWith(GoodText, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_page_s_ad_labels_and_links_to_other_stories_are_kept_out_of_the_text()
    {
        _folder.Write("page.html", "<html><body><article><h1>Quake in Ancash kills nine</h1><p>" + GoodText + "</p>"
            + "<div class=\"ad-slot\">Advertisement</div><p>Rescuers searched the valley on Monday.</p>"
            + "<p class=\"related\">Read more: <a href=\"/peru/1970\">How Yungay was buried in 1970</a></p></article></body></html>");

        var article = ReadAll().Single(r => r.File == "page.html").Article!;

        Assert.Equal(GoodText + "\n\nRescuers searched the valley on Monday.", article.Body);
        Assert.Equal(["Advertisement", "Read more: How Yungay was buried in 1970"],
            article.Evidence.Where(e => e.Kind == EvidenceKind.PageFurniture).Select(e => e.Text));
    }

    [Fact]
    public void A_stray_NUL_byte_loses_no_article()
    {
        _folder.WriteBytes("nul.txt", [.. "Miners returned to the pits on Monday."u8, 0x00, .. " The ministry said 14 pits remained closed."u8]);

        var result = ReadAll().Single(r => r.File == "nul.txt");

        Assert.Contains("14 pits remained closed", result.Article!.Body, StringComparison.Ordinal);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Reason.Contains("NUL byte", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped()
    {
        _folder.Write("huge.txt", new string('x', 2000));
        var issue = SingleError("huge.txt", new IngestionOptions { MaxFileBytes = 1000 });
        Assert.Contains("over the limit of 1,000 bytes", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_file_type_is_reported()
    {
        _folder.WriteBytes("scan.pdf", "%PDF-1.7"u8.ToArray());
        Assert.Contains("unsupported file type '.pdf'", SingleError("scan.pdf").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_entry_for_a_file_of_an_unsupported_type_is_not_said_to_be_missing()
    {
        _folder.WriteBytes("scan.pdf", "%PDF-1.7"u8.ToArray());
        _folder.Write("manifest.json", """{"articles": {"scan.pdf": {"outlet": "Wire"}, "gone.txt": {"outlet": "Wire"}}}""");

        var issues = SeedFolder.Open(_folder.Path).FolderIssues;

        Assert.Contains(issues, i => i.File == "gone.txt" && i.Reason.Contains("no such article file", StringComparison.Ordinal));
        Assert.DoesNotContain(issues, i => i.File == "scan.pdf" && i.Reason.Contains("no such article file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_holding_only_boilerplate_is_skipped()
    {
        _folder.Write("credit.txt", "Read the original article on Business Insider");
        Assert.Contains("no article text", SingleError("credit.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_without_text_is_indexed_as_its_headline_in_every_format()
    {
        _folder.Write("flash.md", "---\ntitle: Earthquake of magnitude 6.1 strikes off Hokkaido\noutlet: Global Wire\n---\n");
        _folder.Write("flash.json", "{\"title\": \"Earthquake of magnitude 6.1 strikes off Hokkaido\", \"body\": \"\"}");

        foreach (var result in ReadAll())
        {
            Assert.Equal("Earthquake of magnitude 6.1 strikes off Hokkaido", result.Article!.Body);
            Assert.Equal(MetadataSource.Header, result.Article.Title.Source);
            Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Reason.Contains("headline alone", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Invalid_JSON_articles_and_JSON_without_a_body_are_skipped()
    {
        _folder.Write("broken.json", "{\"title\": \"Half");
        _folder.Write("nobody.json", "{\"title\": \"No body here\"}");
        _folder.Write("good.txt", GoodText);

        var results = ReadAll();

        Assert.Contains("not valid JSON", results.Single(r => r.File == "broken.json").Issues.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("no \"body\"", results.Single(r => r.File == "nobody.json").Issues.Single().Reason, StringComparison.Ordinal);
        Assert.NotNull(results.Single(r => r.File == "good.txt").Article);
    }

    [Fact]
    public void A_JSON_article_with_half_a_character_escaped_keeps_its_text_with_a_warning()
    {
        _folder.Write("half.json", """{"title": "Ferry \ud83d sinks", "body": "The coast guard said 17 people died. \udc00 Divers searched on. A real one: \ud83d\udea2."}""");

        var result = ReadAll().Single();

        Assert.Equal("Ferry \ufffd sinks", result.Article!.Title.Value);
        Assert.Equal("The coast guard said 17 people died. \ufffd Divers searched on. A real one: 🚢.", result.Article.Body);
        Assert.Equal("2 escaped half character(s) (\\ud800–\\udfff without its other half) read as U+FFFD", Assert.Single(result.Issues).Reason);
    }

    [Fact]
    public void A_JSON_article_nested_too_deeply_says_so_and_one_that_gives_a_field_twice_reads_the_first_with_a_warning()
    {
        _folder.Write("deep.json", "{\"body\": \"Text.\", \"extra\": " + new string('[', 100) + new string(']', 100) + "}");
        _folder.Write("twice.json", """{"title": "First", "title": "Second", "body": "The first body.", "body": "The second body."}""");

        var results = ReadAll();

        Assert.StartsWith("JSON nested more than 64 levels deep", results.Single(r => r.File == "deep.json").Issues.Single().Reason, StringComparison.Ordinal);
        var twice = results.Single(r => r.File == "twice.json");
        Assert.Equal(("First", "The first body."), (twice.Article!.Title.Value, twice.Article.Body));
        Assert.Equal(["field 'title' is given more than once: the first is read", "field 'body' is given more than once: the first is read"], twice.Issues.Select(i => i.Reason));
    }

    [Fact]
    public void A_malformed_manifest_is_ignored_with_an_error_and_files_keep_their_own_metadata()
    {
        _folder.Write(Manifest.FileName, "{ \"articles\": { \"good.txt\": { \"outlet\": ");
        _folder.Write("good.txt", GoodText + "\n\nRead the original article on Reuters");

        var folder = SeedFolder.Open(_folder.Path);
        var article = folder.ReadAll().Single().Article!;

        var issue = Assert.Single(folder.FolderIssues);
        Assert.Equal(Manifest.FileName, issue.File);
        Assert.Contains("not valid JSON", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(new Sourced<string>("Reuters", MetadataSource.Signature), article.Outlet);
    }

    [Fact]
    public void A_malformed_manifest_entry_is_reported_and_its_good_fields_still_count()
    {
        _folder.Write(Manifest.FileName, """
            { "articles": {
                "good.txt": { "outlet": "WION", "published": "2024-13-45", "url": 42, "colour": "red" },
                "other.txt": "not an object",
                "gone.txt": { "outlet": "Nobody" }
            } }
            """);
        _folder.Write("good.txt", GoodText);
        _folder.Write("other.txt", GoodText);

        var folder = SeedFolder.Open(_folder.Path);
        var results = folder.ReadAll().ToDictionary(r => r.File);
        var good = results["good.txt"].Article!;

        Assert.Equal(new Sourced<string>("WION", MetadataSource.Manifest), good.Outlet);
        Assert.Equal(Sourced<PartialDate?>.Unknown, good.Published);
        Assert.Equal(Sourced<string>.Unknown, good.Url);
        Assert.NotNull(results["other.txt"].Article);
        var reasons = folder.FolderIssues.Select(i => $"{i.File}: {i.Reason}").ToList();
        Assert.Contains(reasons, r => r.StartsWith("good.txt: metadata field 'published': '2024-13-45' is not a date", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("good.txt: metadata field 'url' must be a string", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("good.txt: unknown metadata field 'colour'", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("other.txt: manifest entry is String", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("gone.txt: the manifest describes this file", StringComparison.Ordinal));
        Assert.All(folder.FolderIssues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public void A_manifest_entry_with_a_lone_surrogate_is_dropped_alone_and_a_byte_order_mark_is_read()
    {
        _folder.WriteBytes(Manifest.FileName, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(
            "{\"articles\": {\"bad.txt\": {\"outlet\": \"A\\ud800B\"}, \"good.txt\": {\"outlet\": \"WION\"}}}")]);
        _folder.Write("good.txt", GoodText);
        _folder.Write("bad.txt", GoodText);

        var folder = SeedFolder.Open(_folder.Path);
        var results = folder.ReadAll().ToDictionary(r => r.File);

        Assert.Equal(new Sourced<string>("WION", MetadataSource.Manifest), results["good.txt"].Article!.Outlet);
        Assert.NotNull(results["bad.txt"].Article);
        Assert.Contains(folder.FolderIssues, i => i.Reason.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Sub_folders_and_symbolic_links_are_reported_not_read()
    {
        _folder.Write("good.txt", GoodText);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "archive"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "linked.txt"), Path.Combine(_folder.Path, "good.txt"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, ".git"));

        var folder = SeedFolder.Open(_folder.Path);

        Assert.Equal(["good.txt"], folder.ArticleFiles);
        Assert.Equal(["archive", "linked.txt"], folder.FolderIssues.Select(i => i.File));
        Assert.All(folder.FolderIssues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public void A_FIFO_among_the_seeds_is_reported_without_blocking_the_rebuild()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs to make there
        }
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_folder.Path, "pipe.txt")))
        {
            mkfifo.WaitForExit();
        }
        _folder.Write("good.txt", GoodText);

        var fingerprint = SeedFolder.Fingerprint(_folder.Path);
        var results = ReadAll();

        Assert.NotEmpty(fingerprint);
        Assert.NotNull(results.Single(r => r.File == "good.txt").Article);
        Assert.Equal("empty file", results.Single(r => r.File == "pipe.txt").Issues.Single().Reason);
    }

    [Fact]
    public void Files_whose_names_reduce_to_the_same_id_get_distinct_ids()
    {
        _folder.Write("Report.txt", GoodText);
        _folder.Write("report.md", GoodText);
        _folder.Write("report!.txt", GoodText);

        var ids = SeedFolder.Open(_folder.Path).ReadAll().Select(r => r.Article!.Id).ToList();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Contains("report", ids);
    }

    public void Dispose() => _folder.Dispose();
}
