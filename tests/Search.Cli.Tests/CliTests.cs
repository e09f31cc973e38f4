using Search.Cli.Rendering;
using Search.Core.Tests.Support;
using Spectre.Console;

namespace Search.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _root = new("cli");
    private readonly string _seeds;
    private readonly string _index;

    public CliTests()
    {
        _seeds = _root.Combine("seeds");
        _index = _root.Combine("index");
        Seeds.CopyTo(_seeds);
    }

    private static (int ExitCode, string Output) Run(params string[] args) => RunWith([], args);

    /// <summary>Runs the tool with these environment variables in place of the process's (so tests never see a developer's).</summary>
    private static (int ExitCode, string Output) RunWith(Dictionary<string, string?> environment, params string[] args) => RunWith(environment, 240, args);

    private static (int ExitCode, string Output) RunWith(Dictionary<string, string?> environment, int width, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        var exitCode = CliApplication.Run(args, console, environment);
        return (exitCode, writer.ToString());
    }

    [Fact]
    public void The_indexer_optimises_hot_code_without_waiting_for_start_up_to_end()
    {
        // src/Runtime.props: bulk indexing otherwise runs seconds of unoptimised code (README, benchmarks).
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "news.runtimeconfig.json")))!;

        Assert.Equal(0, config["runtimeOptions"]?["configProperties"]?["System.Runtime.TieredCompilation.CallCountingDelayMs"]?.GetValue<int>());
    }

    [Fact]
    public void The_server_s_environment_settings_are_the_tool_s_defaults()
    {
        var environment = new Dictionary<string, string?> { ["Search__SeedsPath"] = _seeds, ["SEARCH__INDEXPATH"] = _index };

        var (indexCode, indexOutput) = RunWith(environment, "index");
        var (searchCode, searchOutput) = RunWith(environment, "search", "Kursk");

        Assert.Equal(ExitCodes.Success, indexCode);
        Assert.Contains("Indexed 5 articles", indexOutput, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_index, "gen-000001")), indexOutput);
        Assert.Equal(ExitCodes.Success, searchCode);
        Assert.Contains("result(s) for “Kursk”", searchOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_built_under_the_server_s_analysis_settings_is_current_for_that_server()
    {
        var (exitCode, output) = RunWith(new() { ["Search__Stemmer"] = "Porter" }, "index", "--seeds", _seeds, "--index", _index);
        using var server = new Core.SearchEngine(new Core.SearchOptions { SeedsPath = _seeds, IndexPath = _index, Stemmer = Core.Indexing.Stemmer.Porter });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(server.Indexer.SourceFingerprint(_seeds), server.Index.Metadata?.SourceFingerprint);
    }

    [Theory]
    [InlineData("Snowball")]
    [InlineData("2")]
    [InlineData("KStem,Porter")]
    public void A_setting_that_does_not_fit_is_named_and_nothing_runs(string stemmer)
    {
        var (exitCode, output) = RunWith(new() { ["Search__Stemmer"] = stemmer }, "index", "--seeds", _seeds, "--index", _index);

        Assert.Equal(ExitCodes.InvalidArguments, exitCode);
        Assert.Contains("Invalid setting", output, StringComparison.Ordinal);
        Assert.Contains($"Search__Stemmer={stemmer} is not one of KStem, Porter.", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_index));
    }

    [Fact]
    public void Search_takes_the_synonyms_of_the_seeds_folder_it_is_given()
    {
        Run("index", "--seeds", _seeds, "--index", _index);
        var elsewhere = _root.Combine("other-seeds");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "synonyms.json"), """{"equivalent": [["kursk", "qwertyvale"]]}""");

        var (_, withSynonyms) = Run("search", "qwertyvale", "--index", _index, "--seeds", elsewhere);
        var (_, without) = Run("search", "qwertyvale", "--index", _index, "--seeds", _seeds);

        Assert.DoesNotContain("0 result(s)", withSynonyms, StringComparison.Ordinal);
        Assert.Contains("Kursk", withSynonyms, StringComparison.Ordinal);
        Assert.DoesNotContain("Kursk", without, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_named_in_the_query_is_offered_as_the_outlet_option_that_finds_it()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("search", "kursk moscow times", "--index", _index);
        var (exitCode, filtered) = Run("search", "kursk", "--outlet", "The Moscow Times", "--index", _index);

        Assert.Contains("Try: search \"kursk\" --outlet \"The Moscow Times\"", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 result(s)", filtered, StringComparison.Ordinal);
        Assert.Contains("The Moscow Times ·", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("search", "--help")]
    [InlineData("search", "kursk", "--bogus")]
    public void Help_and_usage_errors_keep_one_option_or_command_a_line(params string[] args)
    {
        var (_, output) = Run(args);

        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.TrimStart().StartsWith("-?, -h, --help", StringComparison.Ordinal) && !l.Contains("--version", StringComparison.Ordinal));
    }

    [Fact]
    public void Index_rebuilds_and_summarises_what_it_did()
    {
        File.WriteAllBytes(Path.Combine(_seeds, "broken.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]);

        var (exitCode, output) = Run("index", "--seeds", _seeds, "--index", _index);

        Assert.Equal(ExitCodes.CompletedWithSkippedFiles, exitCode);
        Assert.Contains("Indexed 5 articles", output, StringComparison.Ordinal);
        Assert.Contains("from 6 files", output, StringComparison.Ordinal);
        Assert.Contains("broken.txt", output, StringComparison.Ordinal);
        Assert.Contains("binary content", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_live_generation_is_reported_in_one_line_and_a_rebuild_replaces_it()
    {
        Run("index", "--seeds", _seeds, "--index", _index);
        var generation = Directory.GetDirectories(_index, "gen-*").Single();
        foreach (var segments in Directory.GetFiles(generation, "segments_*"))
        {
            File.Delete(segments);
        }

        var (searchCode, searchOutput) = Run("search", "Kursk", "--index", _index);
        var (indexCode, indexOutput) = Run("index", "--seeds", _seeds, "--index", _index);
        var (afterCode, afterOutput) = Run("search", "Kursk", "--index", _index);

        Assert.NotEqual(ExitCodes.Success, searchCode);
        Assert.Contains("could not be opened", searchOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", searchOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, indexCode);
        Assert.Contains("Indexed 5 articles", indexOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, afterCode);
        Assert.Contains("result(s) for “Kursk”", afterOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_data_files_of_the_wrong_shape_are_reported_and_do_not_stop_the_tool()
    {
        File.WriteAllText(Path.Combine(_seeds, "synonyms.json"), "[]");
        File.WriteAllText(Path.Combine(_seeds, "entities.json"), "{\"entities\": [1, \"x\", {\"name\": \"A\\ud800B\", \"type\": \"person\"}]}");

        var (exitCode, output) = Run("index", "--seeds", _seeds, "--index", _index);

        Assert.True(exitCode is ExitCodes.Success or ExitCodes.CompletedWithSkippedFiles, output);
        Assert.Contains("Indexed 5 articles", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_wrong_or_wholly_broken_seeds_folder_never_replaces_a_live_index()
    {
        Run("index", "--seeds", _seeds, "--index", _index);
        var empty = _root.Combine("empty");
        Directory.CreateDirectory(empty);

        var (exitCode, output) = Run("index", "--seeds", empty, "--index", _index);
        var (fileCode, fileOutput) = Run("index", "--seeds", Path.Combine(_seeds, "manifest.json"), "--index", _index);
        File.WriteAllBytes(Path.Combine(empty, "broken.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]);
        var (brokenCode, brokenOutput) = Run("index", "--seeds", empty, "--index", _index);
        var (searchCode, searchOutput) = Run("search", "Kursk", "--index", _index);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("gave no readable articles (0 article files)", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, brokenCode);
        Assert.Contains("gave no readable articles (1 article files)", brokenOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidArguments, fileCode);
        Assert.Contains("is a file, not a folder", fileOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, searchCode);
        Assert.Contains("5 result(s)", searchOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_rebuild_of_the_same_index_at_the_same_time_fails_clearly_and_breaks_nothing()
    {
        Run("index", "--seeds", _seeds, "--index", _index);
        int exitCode;
        string output;
        using (new FileStream(Path.Combine(_index, ".build.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            (exitCode, output) = Run("index", "--seeds", _seeds, "--index", _index);
        }
        var (againCode, againOutput) = Run("index", "--seeds", _seeds, "--index", _index);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Another rebuild", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, againCode);
        Assert.Contains("Indexed 5 articles", againOutput, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetDirectories(_index, "gen-*").Length); // the live one and the one before, nothing half-built
    }

    [Fact]
    public void Search_prints_hits_with_matched_words_emphasised()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run("search", "Kursk casualties", "--index", _index, "--size", "3");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("result(s) for “Kursk casualties”", output, StringComparison.Ordinal);
        Assert.Contains("*casualties*", output, StringComparison.Ordinal);
        Assert.Contains("American Military News", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_with_an_outlet_and_facets_keeps_the_other_outlets_counted()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run("search", "Kursk", "--outlet", "The Moscow Times", "--facets", "--index", _index);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 result(s)", output, StringComparison.Ordinal);
        foreach (var outlet in new[] { "Business Insider", "WION", "M10 News", "American Military News" })
        {
            Assert.Contains(outlet, output, StringComparison.Ordinal);
        }
        Assert.Contains("[x] The Moscow Times", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_shows_documents_fields_outlets_and_size()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run("stats", "--index", _index);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Documents", output, StringComparison.Ordinal);
        Assert.Contains("Size on disk", output, StringComparison.Ordinal);
        Assert.Contains("AnalyzedTextField", output, StringComparison.Ordinal);
        Assert.Contains("The Moscow Times (1)", output, StringComparison.Ordinal);
        Assert.Contains("claimant (of claims)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_lists_claims_and_compares_their_figures_across_outlets()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run("claims", "casualties", "--index", _index);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Volodymyr Zelensky", output, StringComparison.Ordinal);
        Assert.Contains("casualties according to Ukraine", output, StringComparison.Ordinal);
        Assert.Contains("outlets disagree", output, StringComparison.Ordinal);
        Assert.Contains("nearly 3,000", output, StringComparison.Ordinal);
        // Each row says when it was published and, in words, whether it disagrees.
        var nearly = output.Split('\n').Single(l => l.Contains("nearly 3,000", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Contains("2024-12-27", nearly, StringComparison.Ordinal);
        Assert.Contains("disagrees", nearly, StringComparison.Ordinal);

        // In a terminal of 80 columns, dates and verdicts keep to one line.
        var (_, narrow) = RunWith([], 80, "claims", "casualties", "--index", _index);
        var row = narrow.Split('\n').First(l => l.Contains("nearly", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Contains("2024-12-27", row, StringComparison.Ordinal);
        Assert.Contains("disagrees", row, StringComparison.Ordinal);

        // South Korea's figures differ only in what they count (1,000 injured; 1,000 killed or wounded).
        var (_, kursk) = Run("claims", "Kursk casualties", "--index", _index);
        Assert.Contains("counts differ", kursk, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_in_the_comparison_names_the_outlet_it_copies()
    {
        const string Body = "Rain fell over the islands all week. The coast guard said 17 people had died after the ferry Santa Lucia sank off Banton. "
            + "Divers searched the wreck through the night, and relatives waited at the pier for news of the passengers.";
        File.WriteAllText(Path.Combine(_seeds, "ferry-a.json"), $$"""{"title": "Ferry sinks", "outlet": "Visayan Herald", "published": "2027-10-03", "body": "{{Body}}"}""");
        File.WriteAllText(Path.Combine(_seeds, "ferry-b.json"), $$"""{"title": "Ferry sinks off Banton", "outlet": "Islands Digest", "published": "2027-10-04", "body": "{{Body}}"}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("claims", "Santa Lucia", "--index", _index);

        Assert.Contains("Islands Digest (copy of Visayan Herald)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_that_differ_but_name_nothing_asked_are_not_called_agreeing()
    {
        File.WriteAllText(Path.Combine(_seeds, "storm-a.json"), """{"title": "Storm in Tarnow", "outlet": "Vistula Wire", "published": "2025-10-02", "body": "A storm hit Tarnow in Poland. The fire brigade said 12 people had died."}""");
        File.WriteAllText(Path.Combine(_seeds, "storm-b.json"), """{"title": "Tarnow mourns", "outlet": "Krakow Post", "published": "2025-10-02", "body": "A storm hit Tarnow in Poland overnight. The fire brigade said 30 people had died."}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("claims", "Tarnow", "--index", _index);

        Assert.Contains("2 independent — figures differ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no disagreement", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_denied_in_its_article_says_by_whom()
    {
        File.WriteAllText(Path.Combine(_seeds, "foia.json"), """{"title": "Fire near Foia", "outlet": "Algarve Daily", "published": "2025-07-19", "body": "In Portugal, a fire burned near Foia. Radio Foia reported that three people had died in the fire. \"It is not true that three people have died,\" Interior Minister Ines Moura said."}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("claims", "Foia", "--index", _index);

        Assert.Contains("denied by Ines Moura", output.Split('\n').Single(l => l.Contains("Radio Foia", StringComparison.Ordinal) && l.Contains('│')), StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_names_the_sources_whose_figures_part_from_its_own()
    {
        File.WriteAllText(Path.Combine(_seeds, "banda-a.json"), """{"title": "Heat in Banda", "outlet": "Lucknow Post", "published": "2027-06-12", "body": "In India, the state health department said 41 heat deaths had been recorded in Banda."}""");
        File.WriteAllText(Path.Combine(_seeds, "banda-b.json"), """{"title": "Banda toll disputed", "outlet": "Ganges Times", "published": "2027-06-12", "body": "The Lok Janata Party said more than 200 heat deaths had been recorded in Banda."}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("claims", "Banda heat deaths", "--index", _index);

        Assert.Contains("Other sources differ on the same day: Lok Janata Party", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_s_officer_is_shown_with_the_body()
    {
        File.WriteAllText(Path.Combine(_seeds, "romblon.json"), """{"title": "Ferry sinks off Romblon", "outlet": "Luzon Ledger", "published": "2025-10-04", "body": "In the Philippines, a ferry sank off Romblon. NDRRMC executive director Ricardo Ilagan said 26 people had died in the sinking off Romblon."}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("claims", "Romblon", "--index", _index);

        Assert.Contains("Ricardo Ilagan (NDRRMC)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_output_keeps_each_claim_and_table_row_on_one_line()
    {
        // A long claim: at Spectre's 80 columns for redirected output it was broken over lines, and table headers cut to "Ou…".
        const string Said = "The regional governor said that the blizzard closed the road between the northern villages and the market town for three days, and that convoys of food and fuel waited at the bridge.";
        File.WriteAllText(Path.Combine(_seeds, "convoys.json"), $$"""{"title": "Convoys", "outlet": "Valley Herald", "published": "2025-03-01", "body": "{{Said}}"}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, piped) = RunWith([], OutputWidth.For(outputRedirected: true, columns: null)!.Value, "claims", "blizzard", "--index", _index);
        var (_, table) = RunWith([], OutputWidth.For(outputRedirected: true, columns: null)!.Value, "claims", "casualties", "--index", _index);

        Assert.Contains(piped.Split('\n'), l => l.Contains("*blizzard*", StringComparison.Ordinal) && l.Contains("waited at the bridge", StringComparison.Ordinal));
        Assert.Contains(table.Split('\n'), l => l.Contains("│ Outlet ", StringComparison.Ordinal) && l.Contains("│ Claimant ", StringComparison.Ordinal) && l.Contains("│ Verdict ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_itself_lays_out_piped_output_unwrapped()
    {
        Run("index", "--seeds", _seeds, "--index", _index);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "news.dll"), "claims", "casualties", "--index", _index })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("COLUMNS");

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // Spectre's 80 columns for redirected output cut these headers to "Ou…" and "Cl…".
        Assert.Equal(ExitCodes.Success, process.ExitCode);
        Assert.Contains(output.Split('\n'), l => l.Contains("│ Outlet ", StringComparison.Ordinal) && l.Contains("│ Claimant ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, null, OutputWidth.Unbounded)]
    [InlineData(true, "100", 100)]
    [InlineData(false, "100", 100)]
    [InlineData(true, "wide", OutputWidth.Unbounded)]
    [InlineData(true, "0", OutputWidth.Unbounded)]
    [InlineData(false, "-5", null)]
    public void Output_is_laid_out_at_the_width_asked_for_else_unwrapped_when_piped(bool redirected, string? columns, int? expected)
    {
        Assert.Equal(expected, OutputWidth.For(redirected, columns));
    }

    [Fact]
    public void A_result_repeating_the_report_of_one_above_it_says_so()
    {
        const string Body = "Heavy rain flooded the valley overnight and the river burst its banks near the old mill, and rescue teams searched the villages downstream.";
        File.WriteAllText(Path.Combine(_seeds, "flood-a.json"), $$"""{"title": "Floods in the valley", "outlet": "Valley Herald", "published": "2025-03-01", "body": "{{Body}}"}""");
        File.WriteAllText(Path.Combine(_seeds, "flood-b.json"), $$"""{"title": "Floods in the valley", "outlet": "Hill Times", "published": "2025-03-02", "body": "{{Body}}"}""");
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("search", "\"Floods in the valley\"", "--index", _index);

        Assert.Matches(@"The same report as 1\. \((Valley Herald|Hill Times)\)", output);
    }

    [Fact]
    public void A_filter_by_a_value_no_document_has_says_so()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (_, output) = Run("search", "Kursk", "--outlet", "Nonexistent", "--index", _index);

        Assert.Contains("No document has outlet \"Nonexistent\".", output, StringComparison.Ordinal);
        Assert.Contains("0 result(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_says_when_the_query_syntax_was_searched_as_words()
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run("claims", "\"casualties", "--index", _index);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("searched for the words instead", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Searching_without_an_index_says_how_to_build_one()
    {
        var (exitCode, output) = Run("search", "Kursk", "--index", _index);

        Assert.Equal(ExitCodes.NoIndex, exitCode);
        Assert.Contains("news index", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_advice_for_a_missing_index_builds_it_from_the_configured_seeds_folder()
    {
        var (exitCode, output) = RunWith(new() { ["Search__SeedsPath"] = "/data/news seeds" }, "search", "Kursk", "--index", _index);

        Assert.Equal(ExitCodes.NoIndex, exitCode);
        Assert.Contains("news index --seeds '/data/news seeds' --index", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "Kursk", "--size", "abc")]
    [InlineData("claims", "Kursk", "--size", "1.5")]
    [InlineData("search", "Kursk", "--page", "two")]
    public void A_number_option_that_is_no_number_is_refused_in_words(params string[] args)
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run([.. args, "--index", _index]);

        Assert.Equal(ExitCodes.InvalidArguments, exitCode);
        Assert.Contains($"{args[^2]} must be a whole number, not '{args[^1]}'.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "Kursk", "--size", "500")]
    [InlineData("search", "Kursk", "--date", "last-week")]
    [InlineData("search", "--no-such-option")]
    [InlineData("index", "--seeds", "/no/such/folder")]
    public void Invalid_arguments_exit_with_the_usage_code_and_a_message(params string[] args)
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run([.. args, "--index", _index]);

        Assert.Equal(ExitCodes.InvalidArguments, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(output));
    }

    [Theory]
    [InlineData("search", "--outlet")]
    [InlineData("claims", "--claimant")]
    public void A_filter_option_without_a_value_is_refused_not_ignored(string command, string option)
    {
        Run("index", "--seeds", _seeds, "--index", _index);

        var (exitCode, output) = Run(command, "Kursk", option, "--index", _index);

        Assert.Equal(ExitCodes.InvalidArguments, exitCode);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();
}
