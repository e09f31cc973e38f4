using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class RebuildTests : IDisposable
{
    private readonly TempDirectory _root = new("rebuild");
    private readonly IndexLayout _layout;
    private readonly SeedIndexer _indexer;

    public RebuildTests()
    {
        _layout = new IndexLayout(_root.Combine("index"));
        _indexer = new SeedIndexer(_layout, new NewsAnalyzer(), new IngestionOptions());
    }

    private static IndexRecord Record(string id, string body) => new()
    {
        Kind = RecordKinds.Article, Id = id, ArticleId = id, Title = id, Body = body,
    };

    private static int Count(SearchIndex index, string word)
    {
        using var lease = index.Acquire();
        return lease.Searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexSchema.Body.Name, word)), 10).TotalHits;
    }

    [Fact]
    public void A_rebuild_that_fails_midway_leaves_the_previous_index_serving()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk offensive")], "first");
        using var index = new SearchIndex(_layout);

        IEnumerable<IndexRecord> Failing()
        {
            yield return Record("b", "pyongyang troops");
            throw new IOException("disk full");
        }

        Assert.Throws<IOException>(() => builder.Build(Failing(), "second"));
        index.Refresh();

        Assert.Equal("gen-000001", index.Metadata!.Generation);
        Assert.Equal(1, Count(index, "kursk"));
        Assert.Equal(0, Count(index, "pyongyang"));
        Assert.Equal(["gen-000001"], Directory.EnumerateDirectories(_layout.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_article_whose_extraction_fails_is_indexed_without_entities_and_claims_and_the_report_says_so()
    {
        var failing = Directory.GetFiles(Seeds.Folder, "001_*.txt").Select(Path.GetFileName).Single()!;
        string? failedId = null;
        var indexer = new SeedIndexer(_layout, new NewsAnalyzer(), new IngestionOptions())
        {
            ExtractArticle = (extractor, article) => article.Path == failing
                ? throw new InvalidOperationException($"rule broke on {failedId = article.Id}")
                : extractor.Extract(article.Body, article.Published.Value),
        };

        var report = indexer.Rebuild(Seeds.Folder);
        using var index = new SearchIndex(_layout);
        int Documents(KeywordField field)
        {
            using var lease = index.Acquire();
            return lease.Searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(field.Name, failedId)), 100).TotalHits;
        }
        var withoutClaims = Documents(IndexSchema.Article);
        _indexer.Rebuild(Seeds.Folder);
        index.Refresh();
        var withClaims = Documents(IndexSchema.Article);

        Assert.True(withClaims > 1, "the article has claims when its extraction works");
        Assert.Equal(5, report.Index!.Articles);
        Assert.Contains(report.Warnings, w => w.File == failing && w.Reason.Contains("extraction failed (InvalidOperationException: rule broke", StringComparison.Ordinal));
        Assert.Empty(report.Skipped);
        Assert.Equal(1, withoutClaims); // the article alone, without its claims
        Assert.True(report.Index.Documents > 5, "the other articles keep their claims");
    }

    [Fact]
    public void An_article_naming_thousands_of_entities_keeps_its_most_mentioned_and_the_report_says_so()
    {
        var seeds = _root.Combine("seeds");
        Directory.CreateDirectory(seeds);
        string[] syllables = ["Ka", "Lo", "Mi", "Nu", "Pe", "Ra", "Si", "To", "Vu", "Ze", "Bo", "Da"];
        var names = (from a in syllables from b in syllables from c in syllables select $"{a}{b.ToLowerInvariant()}{c.ToLowerInvariant()}").ToList();
        var body = string.Join(" ", names.Select(n => $"The envoy met {n} Varkoz."));
        File.WriteAllText(Path.Combine(seeds, "dump.txt"), "Officials met Velmor Tassin. Velmor Tassin spoke. " + body);

        var report = _indexer.Rebuild(seeds);
        using var index = new SearchIndex(_layout);
        using var lease = index.Acquire();
        var stored = lease.Searcher.Doc(lease.Searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), 1).ScoreDocs[0].Doc).GetValues(IndexSchema.Entity.Name);

        Assert.Equal(1, report.Index!.Articles);
        Assert.Contains(report.Warnings, w => w.File == "dump.txt" && w.Reason.Contains("only the 1,000 most mentioned", StringComparison.Ordinal));
        Assert.Equal(SeedIndexer.MaxEntitiesPerArticle, stored.Length);
        Assert.Contains("other/Velmor Tassin", stored); // mentioned twice, kept
    }

    [Fact]
    public void A_cancelled_rebuild_leaves_the_previous_index_serving()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => builder.Build([Record("b", "seoul")], "second", cancel.Token));

        Assert.Equal("gen-000001", _layout.CurrentGeneration());
    }

    [Fact]
    public void A_build_left_behind_by_a_killed_process_is_ignored_and_cleaned_up()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        var abandoned = Path.Combine(_layout.Root, "gen-000002.building");
        Directory.CreateDirectory(abandoned);
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half-written segment");

        using (var index = new SearchIndex(_layout))
        {
            Assert.Equal("gen-000001", index.Metadata!.Generation);
        }
        var next = builder.Build([Record("b", "seoul")], "second");
        _layout.Prune();

        Assert.Equal("gen-000003", next.Generation);
        Assert.False(Directory.Exists(abandoned));
    }

    [Fact]
    public void A_published_generation_is_picked_up_and_searches_in_flight_finish_on_the_old_one()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        using var index = new SearchIndex(_layout, checkInterval: TimeSpan.Zero);
        using var inFlight = index.Acquire();

        builder.Build([Record("b", "seoul")], "second");
        using var fresh = index.Acquire();

        Assert.Equal("gen-000002", fresh.Metadata.Generation);
        Assert.Equal(1, fresh.Searcher.IndexReader.NumDocs);
        Assert.Equal("gen-000001", inFlight.Metadata.Generation);
        Assert.Equal(1, inFlight.Searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexSchema.Body.Name, "kursk")), 1).TotalHits);
    }

    [Fact]
    public void A_generation_goes_live_even_when_reloading_what_comes_with_it_fails()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        using var index = new SearchIndex(_layout, checkInterval: TimeSpan.Zero);
        index.Switching += _ => throw new IOException("synonyms.json is locked");

        builder.Build([Record("b", "seoul")], "second");
        using var fresh = index.Acquire();

        Assert.Equal("gen-000002", fresh.Metadata.Generation);
    }

    [Fact]
    public void Old_generations_are_pruned_to_the_live_one_and_its_predecessor()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        for (var i = 0; i < 4; i++)
        {
            builder.Build([Record("a", "kursk")], $"build {i}");
        }

        _layout.Prune();

        Assert.Equal(["gen-000003", "gen-000004"], Directory.EnumerateDirectories(_layout.Root).Select(Path.GetFileName).Order());
        Assert.Equal("gen-000004", _layout.CurrentGeneration());
    }

    [Fact]
    public void Ensure_current_rebuilds_only_when_the_seeds_change()
    {
        var seeds = _root.Combine("seeds");
        Seeds.CopyTo(seeds);

        var first = _indexer.EnsureCurrent(seeds, null);
        var again = _indexer.EnsureCurrent(seeds, first.Index);
        File.AppendAllText(Path.Combine(seeds, "000_3f6364e4c56dc2c1.txt"), "\nAn added line.");
        var changed = _indexer.EnsureCurrent(seeds, again.Index);

        Assert.True(first.Rebuilt);
        Assert.False(again.Rebuilt);
        Assert.True(changed.Rebuilt);
        Assert.Equal("gen-000002", changed.Index!.Generation);
        Assert.Equal(5, changed.Index.Articles);
    }

    [Fact]
    public void Ensure_current_never_replaces_an_index_built_from_a_corpus_file_but_an_explicit_rebuild_does()
    {
        var seeds = _root.Combine("seeds");
        Seeds.CopyTo(seeds);
        var corpus = new IndexBuilder(_layout, new NewsAnalyzer()).Build([Record("a", "kursk offensive")], IndexMetadata.CorpusSourcePrefix + "/data/corpus.jsonl");

        var ensured = _indexer.EnsureCurrent(seeds, corpus);
        var rebuilt = _indexer.Rebuild(seeds);

        Assert.False(ensured.Rebuilt);
        Assert.True(ensured.KeptOtherSource);
        Assert.Null(corpus.SeedsFolder);
        Assert.Equal(corpus.Generation, ensured.Index!.Generation);
        Assert.Contains("/data/corpus.jsonl", ensured.Reason, StringComparison.Ordinal);
        Assert.True(rebuilt.Rebuilt);
        Assert.Equal(5, rebuilt.Index!.Articles);
    }

    [Fact]
    public void Ensure_current_keeps_an_index_built_from_another_seeds_folder_that_still_exists()
    {
        var mine = _root.Combine("seeds");
        var other = _root.Combine("other-seeds");
        Seeds.CopyTo(mine);
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "a.txt"), "Title: Harbour fire\n\nA fire broke out in the harbour on Monday.");
        var built = _indexer.Rebuild(other);

        var ensured = _indexer.EnsureCurrent(mine, built.Index);
        var sameFolderSpelledOtherwise = _indexer.EnsureCurrent(other + Path.DirectorySeparatorChar, built.Index);

        Assert.Equal(Path.GetFullPath(other), built.Index!.SeedsFolder);
        Assert.False(ensured.Rebuilt);
        Assert.True(ensured.KeptOtherSource);
        Assert.Equal(1, ensured.Index!.Articles);
        Assert.Contains(Path.GetFullPath(other), ensured.Reason, StringComparison.Ordinal);
        Assert.False(sameFolderSpelledOtherwise.Rebuilt);
        Assert.False(sameFolderSpelledOtherwise.KeptOtherSource);
    }

    [Fact]
    public void Ensure_current_takes_an_index_whose_seeds_folder_is_gone_for_a_moved_copy_and_rebuilds_it_when_it_differs()
    {
        var moved = _root.Combine("moved-seeds");
        var gone = _root.Combine("seeds");
        Seeds.CopyTo(gone);
        var built = _indexer.Rebuild(gone);
        Directory.Move(gone, moved);

        var unchanged = _indexer.EnsureCurrent(moved, built.Index);
        File.AppendAllText(Path.Combine(moved, "000_3f6364e4c56dc2c1.txt"), "\nAn added line.");
        var changed = _indexer.EnsureCurrent(moved, built.Index);

        Assert.False(unchanged.Rebuilt);
        Assert.False(unchanged.KeptOtherSource);
        Assert.True(changed.Rebuilt);
        Assert.Equal(Path.GetFullPath(moved), changed.Index!.SeedsFolder);
    }

    [Fact]
    public void Ensure_current_rebuilds_when_the_stemmer_or_extraction_is_switched()
    {
        var seeds = _root.Combine("seeds");
        Seeds.CopyTo(seeds);
        var first = _indexer.EnsureCurrent(seeds, null);

        var porter = new SeedIndexer(_layout, new NewsAnalyzer(Stemmer.Porter), new IngestionOptions()).EnsureCurrent(seeds, first.Index);
        var withoutExtraction = new SeedIndexer(_layout, new NewsAnalyzer(Stemmer.Porter), new IngestionOptions(), extract: false).EnsureCurrent(seeds, porter.Index);
        var same = new SeedIndexer(_layout, new NewsAnalyzer(Stemmer.Porter), new IngestionOptions(), extract: false).EnsureCurrent(seeds, withoutExtraction.Index);

        Assert.True(porter.Rebuilt);
        Assert.True(withoutExtraction.Rebuilt);
        Assert.False(same.Rebuilt);
        Assert.Equal(5, withoutExtraction.Index!.Documents);
    }

    [Fact]
    public void The_report_lists_skipped_files_with_reasons_and_indexes_the_rest()
    {
        var seeds = _root.Combine("seeds");
        Seeds.CopyTo(seeds);
        File.WriteAllText(Path.Combine(seeds, "empty.txt"), "");

        var report = _indexer.Rebuild(seeds);

        Assert.Equal(5, report.Index!.Articles);
        Assert.Equal(6, report.FilesRead);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(("empty.txt", "empty file"), (skipped.File, skipped.Reason));
    }

    [Fact]
    public void Digits_of_other_scripts_and_the_end_of_the_calendar_in_seeds_do_not_stop_a_rebuild()
    {
        var seeds = _root.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, Manifest.FileName),
            "{ \"articles\": { \"arabic.txt\": { \"published\": \"٢٠٢٤\" }, \"last.txt\": { \"published\": \"9999-12-31\" } } }");
        File.WriteAllText(Path.Combine(seeds, "arabic.txt"), "On March ١٥ officials said 1٢ soldiers and " + new string('9', 400) + " drones were lost in Kursk.");
        File.WriteAllText(Path.Combine(seeds, "last.txt"), "On March 5 officials said 12 soldiers were lost in Kursk.");
        File.WriteAllText(Path.Combine(seeds, "header.txt"), "published: ２０２４-１２\n\nOfficials said 40 soldiers were lost in Kursk.");

        var report = _indexer.Rebuild(seeds);

        Assert.Equal(3, report.Index!.Articles);
        Assert.Empty(report.Skipped);
        // Extraction ran to the end for each of them (a failure there would be reported and the article indexed bare).
        Assert.DoesNotContain(report.Issues, i => i.Reason.Contains("extraction failed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parallel_build_indexes_every_record_once()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        var words = new[] { "kursk", "seoul", "pyongyang", "kyiv" };

        var metadata = builder.Build(Enumerable.Range(0, 2_000), i => [Record($"a{i}", $"{words[i % 4]} report {i}")], "parallel", threads: 3);
        using var index = new SearchIndex(_layout);

        Assert.Equal((2_000, 2_000), (metadata.Articles, metadata.Documents));
        Assert.All(words, word => Assert.Equal(500, Count(index, word)));
        using var lease = index.Acquire();
        Assert.Equal(2_000, lease.Searcher.IndexReader.NumDocs);
    }

    [Fact]
    public void A_parallel_build_whose_worker_fails_reports_that_failure_and_leaves_the_previous_index_serving()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        using var index = new SearchIndex(_layout);

        var failure = Assert.Throws<InvalidDataException>(() => builder.Build(Enumerable.Range(0, 5_000),
            i => i == 700 ? throw new InvalidDataException("broken article 700") : [Record($"b{i}", "seoul")], "second", threads: 2));
        index.Refresh();

        Assert.Equal("broken article 700", failure.Message);
        Assert.Equal("gen-000001", index.Metadata!.Generation);
        Assert.Equal(0, Count(index, "seoul"));
    }

    [Fact]
    public void A_parallel_build_whose_sources_fail_or_that_is_cancelled_leaves_the_previous_index_serving()
    {
        var builder = new IndexBuilder(_layout, new NewsAnalyzer());
        builder.Build([Record("a", "kursk")], "first");
        using var index = new SearchIndex(_layout);
        using var cancel = new CancellationTokenSource();

        IEnumerable<int> FailingSources()
        {
            foreach (var i in Enumerable.Range(0, 300))
            {
                yield return i;
            }
            throw new IOException("disk gone");
        }

        IEnumerable<int> CancelledSources()
        {
            foreach (var i in Enumerable.Range(0, 300))
            {
                yield return i;
            }
            cancel.Cancel();
            foreach (var i in Enumerable.Range(300, 300))
            {
                yield return i;
            }
        }

        Assert.Throws<IOException>(() => builder.Build(FailingSources(), i => [Record($"b{i}", "seoul")], "second", threads: 2));
        Assert.ThrowsAny<OperationCanceledException>(() => builder.Build(CancelledSources(), i => [Record($"c{i}", "seoul")], "third", threads: 2, cancellationToken: cancel.Token));
        index.Refresh();

        Assert.Equal("gen-000001", index.Metadata!.Generation);
        Assert.Equal(0, Count(index, "seoul"));
        Assert.Equal(["gen-000001"], Directory.EnumerateDirectories(_layout.Root).Select(Path.GetFileName));
    }

    public void Dispose() => _root.Dispose();
}
