using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class StartupTests : IDisposable
{
    private readonly string _seeds = SearchApplication.CreateFolder("seeds");
    private readonly string _index = SearchApplication.CreateFolder("index");

    public StartupTests()
    {
        foreach (var file in Directory.EnumerateFiles(SearchApplication.RepositorySeeds))
        {
            File.Copy(file, Path.Combine(_seeds, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task A_missing_index_is_built_from_the_seeds_on_start()
    {
        using var app = SearchApplication.Over(_seeds, _index);

        var health = await app.CreateClient().GetJson("/api/health");

        Assert.Equal("gen-000001", health["generation"].Str());
        Assert.Equal(5, health["articles"].Int());
    }

    [Fact]
    public async Task An_index_current_with_the_seeds_is_reused_on_restart()
    {
        using (var first = SearchApplication.Over(_seeds, _index))
        {
            await first.CreateClient().GetJson("/api/health");
        }
        using var second = SearchApplication.Over(_seeds, _index);

        var health = await second.CreateClient().GetJson("/api/health");

        Assert.Equal("gen-000001", health["generation"].Str());
    }

    [Fact]
    public async Task A_generation_the_tool_publishes_is_reported_by_health_and_searched_with_its_synonyms()
    {
        using var app = SearchApplication.Over(_seeds, _index);
        var client = app.CreateClient();
        Assert.Equal("gen-000001", (await client.GetJson("/api/health"))["generation"].Str());

        File.WriteAllText(Path.Combine(_seeds, "synonyms.json"), """{"equivalent": [["kursk", "qwertyvale"]]}""");
        using (var tool = new Search.Core.SearchEngine(new Search.Core.SearchOptions { SeedsPath = _seeds, IndexPath = _index }))
        {
            tool.Rebuild();
        }
        // The server looks for a new generation every two seconds; health looks as a search would, without one.
        var generation = "";
        for (var tries = 0; tries < 50 && generation != "gen-000002"; tries++)
        {
            await Task.Delay(100);
            generation = (await client.GetJson("/api/health"))["generation"].Str();
        }
        var results = await client.GetJson("/api/search?q=qwertyvale");

        Assert.Equal("gen-000002", generation);
        Assert.NotEqual(0, results["total"].Int());
    }

    [Fact]
    public async Task Changed_seeds_are_reindexed_on_the_next_start()
    {
        using (var first = SearchApplication.Over(_seeds, _index))
        {
            await first.CreateClient().GetJson("/api/health");
        }
        File.WriteAllText(Path.Combine(_seeds, "005_new.txt"), "Pyongyang denied sending troops to the Kursk front, state media said on Monday.");
        using var second = SearchApplication.Over(_seeds, _index);

        var client = second.CreateClient();
        var health = await client.GetJson("/api/health");
        var results = await client.GetJson("/api/search?q=denied");

        Assert.Equal("gen-000002", health["generation"].Str());
        Assert.Equal(6, health["articles"].Int());
        Assert.Equal("005_new", results["hits"].Items().Single()["id"].Str());
    }

    [Fact]
    public async Task An_index_built_from_a_corpus_file_is_served_as_it_is_not_replaced_by_the_seeds()
    {
        var layout = new Search.Core.Indexing.IndexLayout(_index);
        using (var analyzer = new Search.Core.Indexing.NewsAnalyzer())
        {
            new Search.Core.Indexing.IndexBuilder(layout, analyzer).Build(
                [new Search.Core.Indexing.IndexRecord { Kind = Search.Core.Indexing.RecordKinds.Article, Id = "c1", ArticleId = "c1", Title = "Harbour fire", Body = "A fire broke out in the harbour." }],
                Search.Core.Indexing.IndexMetadata.CorpusSourcePrefix + "/data/corpus.jsonl");
        }
        using var app = SearchApplication.Over(_seeds, _index);

        var health = await app.CreateClient().GetJson("/api/health");

        Assert.Equal("gen-000001", health["generation"].Str());
        Assert.Equal(1, health["articles"].Int());
    }

    [Fact]
    public async Task An_index_built_from_another_seeds_folder_is_served_as_it_is_not_replaced_by_these_seeds()
    {
        var other = SearchApplication.CreateFolder("other-seeds");
        try
        {
            File.WriteAllText(Path.Combine(other, "harbour.txt"), "Title: Harbour fire\n\nA fire broke out in the harbour on Monday.");
            using (var analyzer = new Search.Core.Indexing.NewsAnalyzer())
            {
                new Search.Core.Indexing.SeedIndexer(new Search.Core.Indexing.IndexLayout(_index), analyzer, new Search.Core.Ingestion.IngestionOptions()).Rebuild(other);
            }
            using var app = SearchApplication.Over(_seeds, _index);

            var health = await app.CreateClient().GetJson("/api/health");

            Assert.Equal("gen-000001", health["generation"].Str());
            Assert.Equal(1, health["articles"].Int());
        }
        finally
        {
            SearchApplication.TryDelete(other);
        }
    }

    [Fact]
    public async Task Broken_files_are_skipped_and_everything_else_is_served()
    {
        File.WriteAllBytes(Path.Combine(_seeds, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        File.WriteAllText(Path.Combine(_seeds, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_seeds, Search.Core.Ingestion.Manifest.FileName), "{ not json");
        using var app = SearchApplication.Over(_seeds, _index);

        var client = app.CreateClient();
        var health = await client.GetJson("/api/health");
        var results = await client.GetJson("/api/search?q=Kursk");

        Assert.Equal(5, health["articles"].Int());
        Assert.Equal(5, results["total"].Int());
    }

    [Fact]
    public async Task A_claimant_says_which_body_they_speak_for()
    {
        File.WriteAllText(Path.Combine(_seeds, "romblon.json"), """{"title": "Ferry sinks off Romblon", "outlet": "Luzon Ledger", "published": "2025-10-04", "body": "In the Philippines, a ferry sank off Romblon. NDRRMC executive director Ricardo Ilagan said 26 people had died in the sinking off Romblon."}""");
        using var app = SearchApplication.Over(_seeds, _index);

        var client = app.CreateClient();
        var claim = (await client.GetJson("/api/claims?q=Romblon"))["hits"].Items().Single();
        var row = (await client.GetJson("/api/claims/compare?q=Romblon"))["groups"].Items().Single()["rows"].Items().Single();

        Assert.Equal(("Ricardo Ilagan", "NDRRMC"), (claim["claim"]!["claimant"]!["name"].Str(), claim["claim"]!["claimant"]!["speaksFor"].Str()));
        Assert.Equal("NDRRMC", row["speaksFor"].Str());
    }

    [Fact]
    public async Task A_comparison_group_names_the_sources_whose_figures_part_from_its_own()
    {
        File.WriteAllText(Path.Combine(_seeds, "banda-a.json"), """{"title": "Heat in Banda", "outlet": "Lucknow Post", "published": "2027-06-12", "body": "In India, the state health department said 41 heat deaths had been recorded in Banda."}""");
        File.WriteAllText(Path.Combine(_seeds, "banda-b.json"), """{"title": "Banda toll disputed", "outlet": "Ganges Times", "published": "2027-06-12", "body": "The Lok Janata Party said more than 200 heat deaths had been recorded in Banda."}""");
        using var app = SearchApplication.Over(_seeds, _index);

        var groups = (await app.CreateClient().GetJson("/api/claims/compare?q=Banda%20heat%20deaths"))["groups"].Items().ToList();

        Assert.Equal(["Lok Janata Party"], groups.Single(g => g["source"].Str() == "India")["differingSources"].Items().Select(s => s.Str()));
    }

    public void Dispose()
    {
        SearchApplication.TryDelete(_seeds);
        SearchApplication.TryDelete(_index);
    }
}
