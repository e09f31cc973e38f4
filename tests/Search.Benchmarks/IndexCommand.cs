using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Benchmarks;

/// <summary><c>index --corpus F.jsonl --index DIR</c>: builds an index from a JSONL corpus through the product's indexing code.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var corpus = new Option<string>("--corpus") { Description = "JSONL corpus (peers' format).", Required = true };
        var index = new Option<string>("--index") { Description = "Index folder (a product index layout; the server can open it).", Required = true };
        var noExtraction = new Option<bool>("--no-extraction") { Description = "Index articles only, without entity and claim extraction." };
        var threads = new Option<int>("--threads") { Description = "Indexing threads.", DefaultValueFactory = _ => 1 };
        var ramMb = new Option<double>("--ram-mb") { Description = "IndexWriter RAM buffer in MB (the Lucene peer uses 256).", DefaultValueFactory = _ => 256 };
        var json = new Option<bool>("--json") { Description = "End with one JSON line." };
        var command = new Command("index", "Index a JSONL corpus and report articles/s, wall time, peak memory, size and segments.")
        {
            corpus, index, noExtraction, threads, ramMb, json,
        };
        command.SetAction(parse => Execute(output, progress, parse.GetValue(corpus)!, parse.GetValue(index)!, !parse.GetValue(noExtraction),
            parse.GetValue(threads), parse.GetValue(ramMb), parse.GetValue(json)));
        return command;
    }

    internal static int Execute(TextWriter output, TextWriter progress, string corpus, string indexPath, bool extract, int threads, double ramMb, bool json)
    {
        var layout = new IndexLayout(indexPath);
        var gazetteer = extract ? Gazetteer.Load(null, new List<string>()) : null;
        var extractor = gazetteer is null ? null : new ArticleExtractor(gazetteer);
        var skipped = 0;
        var read = 0;
        var extractionTicks = 0L;
        var clock = Stopwatch.StartNew();

        IEnumerable<(int Line, string Json)> Lines()
        {
            foreach (var line in JsonLinesCorpus.Lines(corpus))
            {
                if (++read % 100_000 == 0)
                {
                    progress.WriteLine($"  {read:N0} lines, {clock.Elapsed.TotalSeconds:N1} s");
                }
                yield return line;
            }
        }

        IEnumerable<IndexRecord> Records((int Line, string Json) line)
        {
            if (JsonLinesCorpus.Parse(line.Json, line.Line, out _) is not { } article)
            {
                Interlocked.Increment(ref skipped);
                return [];
            }
            var started = Stopwatch.GetTimestamp();
            var extraction = extractor?.Extract(article.Body, article.Published.Value);
            Interlocked.Add(ref extractionTicks, Stopwatch.GetTimestamp() - started);
            return ArticleRecords.From(article, extraction, gazetteer);
        }

        using var analyzer = new NewsAnalyzer();
        var metadata = new IndexBuilder(layout, analyzer, ramMb).Build(Lines(), Records, IndexMetadata.CorpusSourcePrefix + Path.GetFullPath(corpus), threads);
        var wall = clock.Elapsed.TotalSeconds;
        var path = layout.PathOf(metadata.Generation);
        int segments;
        using (var directory = FSDirectory.Open(path))
        using (var reader = DirectoryReader.Open(directory))
        {
            segments = reader.Leaves.Count;
        }
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024;
        // Where indexing time goes besides work: collections pause the indexing threads.
        var gcPause = GC.GetTotalPauseDuration().TotalSeconds;
        var allocatedMb = GC.GetTotalAllocatedBytes() / 1024.0 / 1024;
        var extractionSeconds = (double)extractionTicks / Stopwatch.Frequency;
        var bytes = Report.DirectoryBytes(path);
        var docsPerSecond = metadata.Articles / wall;
        Report.Table(output, $"Indexing {corpus}", [
            ("articles", metadata.Articles.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            ("documents (articles + claims)", metadata.Documents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            ("skipped lines", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("extraction", extract ? "on" : "off"),
            ("threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("wall s", Report.Format(wall, "N1")),
            ("articles/s", Report.Format(docsPerSecond, "N0")),
            ("peak memory MiB", Report.Format(peakMb, "N0")),
            ("of which extraction s (all threads)", Report.Format(extractionSeconds, "N1")),
            ("GC pauses s", Report.Format(gcPause, "N1")),
            ("allocated MiB", Report.Format(allocatedMb, "N0")),
            ("index size MiB", Report.Format(bytes / 1024.0 / 1024, "N1")),
            ("segments", segments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        if (json)
        {
            var indexReport = new JsonObject
            {
                ["corpus"] = corpus, ["index_dir"] = path, ["docs"] = metadata.Articles, ["documents"] = metadata.Documents, ["extraction"] = extract,
                ["index_threads"] = threads, ["ram_buffer_mb"] = ramMb, ["wall_s"] = Report.Round(wall), ["docs_per_s"] = Report.Round(docsPerSecond, 1),
                ["index_bytes"] = bytes, ["segments"] = segments, ["peak_memory_mb"] = Report.Round(peakMb, 1),
                ["extraction_s"] = Report.Round(extractionSeconds), ["gc_pause_s"] = Report.Round(gcPause), ["allocated_mb"] = Report.Round(allocatedMb, 1), ["skipped"] = skipped,
            };
            Report.Json(output, new JsonObject { ["engine"] = Report.Engine, ["index"] = indexReport, ["docs_per_s"] = Report.Round(docsPerSecond, 1) });
        }
        return 0;
    }
}
