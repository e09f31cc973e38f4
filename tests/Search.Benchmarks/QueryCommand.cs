using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Search.Core;
using Search.Core.Ingestion;
using Search.Core.Querying;

namespace Search.Benchmarks;

/// <summary>
/// <c>query --index DIR --queries Q.tsv</c>: runs the peers' query file through the product's search pipeline — top 10,
/// facet counts, two highlighted passages per hit — with the peers' warm-up and measurement rules.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var index = new Option<string>("--index") { Description = "Index folder built by the index command.", Required = true };
        var queries = new Option<string>("--queries") { Description = "Query file in the peers' TSV format.", Required = true };
        var threads = new Option<string>("--threads") { Description = "Thread counts to measure, e.g. 1,2.", DefaultValueFactory = _ => "1,2" };
        var warmup = new Option<int>("--warmup") { Description = "Least number of warm-up passes.", DefaultValueFactory = _ => 1 };
        var warmupSeconds = new Option<double>("--warmup-seconds") { Description = "Least warm-up time.", DefaultValueFactory = _ => 30 };
        var passes = new Option<int>("--passes") { Description = "Least passes per thread.", DefaultValueFactory = _ => 3 };
        var minSeconds = new Option<double>("--min-seconds") { Description = "Least measuring time per thread count.", DefaultValueFactory = _ => 20 };
        var dump = new Option<string?>("--dump") { Description = "Write one JSON line per query (peers' dump format)." };
        var json = new Option<bool>("--json") { Description = "End with one JSON line." };
        var command = new Command("query", "Measure latency and throughput of the product's search pipeline on a query file.")
        {
            index, queries, threads, warmup, warmupSeconds, passes, minSeconds, dump, json,
        };
        command.SetAction(parse => Execute(output, progress, new Settings(
            parse.GetValue(index)!, parse.GetValue(queries)!,
            parse.GetValue(threads)!.Split(',').Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            parse.GetValue(warmup), parse.GetValue(warmupSeconds), parse.GetValue(passes), parse.GetValue(minSeconds), parse.GetValue(dump), parse.GetValue(json))));
        return command;
    }

    internal sealed record Settings(string Index, string Queries, int[] Threads, int Warmup, double WarmupSeconds, int Passes, double MinSeconds, string? Dump, bool Json);

    internal static int Execute(TextWriter output, TextWriter progress, Settings settings)
    {
        var queries = BenchmarkQuery.Read(settings.Queries);
        var requests = queries.Select(q => q.ToRequest()).ToArray();
        var clock = Stopwatch.StartNew();
        using var engine = new SearchEngine(new SearchOptions { IndexPath = settings.Index, SeedsPath = Path.Combine(settings.Index, "no-seeds"), RebuildOnStart = false });
        var metadata = engine.Index.Metadata ?? throw new InvalidOperationException($"No index in {settings.Index}.");
        engine.Pipeline.Search(requests[0]);
        var firstAnswerMs = clock.Elapsed.TotalMilliseconds;

        // Warm-up: whole passes until at least the asked passes and seconds; the first pass gives the dump and totals.
        long hitSum = 0;
        var zero = 0;
        var warmupClock = Stopwatch.StartNew();
        var warmupPasses = 0;
        while (warmupPasses < settings.Warmup || warmupClock.Elapsed.TotalSeconds < settings.WarmupSeconds)
        {
            using var dump = warmupPasses == 0 && settings.Dump is { } path ? new StreamWriter(path) : null;
            for (var i = 0; i < requests.Length; i++)
            {
                var results = engine.Pipeline.Search(requests[i]);
                if (warmupPasses == 0)
                {
                    hitSum += results.Total;
                    zero += results.Total == 0 ? 1 : 0;
                    dump?.WriteLine(DumpRow(i, queries[i], results).ToJsonString());
                }
            }
            warmupPasses++;
        }
        progress.WriteLine($"warm-up: {warmupPasses} passes in {warmupClock.Elapsed.TotalSeconds:N1} s");

        var search = new JsonObject
        {
            ["index_dir"] = settings.Index, ["docs"] = metadata.Articles, ["queries"] = queries.Count, ["first_answer_ms"] = Report.Round(firstAnswerMs, 1),
            ["warmup_passes"] = warmupPasses, ["total_hits_sum"] = hitSum, ["zero_hit_queries"] = zero,
        };
        var qps = new JsonObject();
        search["qps"] = qps;
        var rows = new List<(string, string)>();
        foreach (var threadCount in settings.Threads)
        {
            var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration(),
                Allocated: GC.GetTotalAllocatedBytes());
            var (latencies, wall, passesDone) = Measure(engine, requests, threadCount, settings.Passes, settings.MinSeconds);
            var all = latencies.SelectMany(l => l).ToList();
            qps[threadCount.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Report.Round(all.Count / wall, 2);
            var latency = Report.Percentiles(all);
            latency["wall_s"] = Report.Round(wall);
            latency["passes_per_thread"] = new JsonArray(passesDone.Select(p => (JsonNode)p).ToArray());
            search[$"latency_ms_{threadCount}t"] = latency;
            // Collections and pause time during the measured passes: the tail of the latencies is mostly the GC's.
            var gc = new JsonObject
            {
                ["gen0"] = GC.CollectionCount(0) - gcBefore.Gen0, ["gen1"] = GC.CollectionCount(1) - gcBefore.Gen1, ["gen2"] = GC.CollectionCount(2) - gcBefore.Gen2,
                ["pause_ms"] = Report.Round((GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds, 1),
                ["allocated_kb_per_query"] = Report.Round((GC.GetTotalAllocatedBytes() - gcBefore.Allocated) / 1024.0 / all.Count, 1),
            };
            search[$"gc_{threadCount}t"] = gc;
            if (threadCount == 1)
            {
                var byKind = new JsonObject();
                foreach (var group in all.Select((ms, i) => (ms, queries[i % queries.Count].Kind)).GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    byKind[group.Key] = Report.Percentiles(group.Select(x => x.ms).ToList());
                }
                search["latency_ms_1t_by_kind"] = byKind;
            }
            rows.Add(($"{threadCount} thread(s): QPS", Report.Format(all.Count / wall, "N1")));
            rows.Add(($"{threadCount} thread(s): p50 / p95 / p99 ms", $"{latency["p50"]} / {latency["p95"]} / {latency["p99"]}"));
            rows.Add(($"{threadCount} thread(s): GCs 0/1/2, pause ms, KiB allocated per query",
                $"{gc["gen0"]}/{gc["gen1"]}/{gc["gen2"]}, {gc["pause_ms"]}, {gc["allocated_kb_per_query"]}"));
            progress.WriteLine($"threads={threadCount}: {all.Count / wall:N1} qps");
        }

        // One more sequential pass that records where the time goes, stage by stage, in the product's own pipeline.
        var stages = requests.Select(r => engine.Pipeline.Search(r).Stages).ToList();
        search["stage_mean_ms_1t"] = new JsonObject
        {
            ["query"] = Report.Round(stages.Average(s => s.Query.TotalMilliseconds)),
            ["search_collect_and_facets"] = Report.Round(stages.Average(s => s.Collect.TotalMilliseconds)),
            ["highlight_and_stored_fields"] = Report.Round(stages.Average(s => s.Hits.TotalMilliseconds)),
        };
        var highlight = stages.Select(s => s.Hits.TotalMilliseconds).Order().ToArray();
        search["highlight_top10_ms"] = new JsonObject { ["p50"] = Report.Round(Report.Percentile(highlight, 50)), ["p99"] = Report.Round(Report.Percentile(highlight, 99)) };
        rows.Add(("stage means ms: query / collect+facets / highlight", $"{search["stage_mean_ms_1t"]!["query"]} / {search["stage_mean_ms_1t"]!["search_collect_and_facets"]} / {search["stage_mean_ms_1t"]!["highlight_and_stored_fields"]}"));
        rows.Add(("highlight top 10 p50 / p99 ms", $"{search["highlight_top10_ms"]!["p50"]} / {search["highlight_top10_ms"]!["p99"]}"));
        rows.Insert(0, ("sum of hits / zero-hit queries", $"{hitSum:N0} / {zero}"));
        rows.Insert(0, ("articles / queries", $"{metadata.Articles:N0} / {queries.Count}"));
        Report.Table(output, $"Queries on {settings.Index}", rows);

        if (settings.Json)
        {
            var first = (JsonObject)search[$"latency_ms_{settings.Threads[0]}t"]!;
            Report.Json(output, new JsonObject
            {
                ["engine"] = Report.Engine, ["search"] = search,
                ["qps"] = qps[settings.Threads[0].ToString(System.Globalization.CultureInfo.InvariantCulture)]!.DeepClone(),
                ["p50_ms"] = first["p50"]!.DeepClone(), ["p99_ms"] = first["p99"]!.DeepClone(),
            });
        }
        return 0;
    }

    /// <summary>
    /// The peers' rule: T threads start together, thread t at query offset t·n/T, each running whole passes until it has
    /// done the asked passes and the asked time has gone by.
    /// </summary>
    private static (List<double>[] Latencies, double Wall, int[] Passes) Measure(SearchEngine engine, SearchRequest[] requests, int threads, int minPasses, double minSeconds)
    {
        var latencies = Enumerable.Range(0, threads).Select(_ => new List<double>()).ToArray();
        var passes = new int[threads];
        using var start = new Barrier(threads + 1);
        var clock = new Stopwatch();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var offset = t * requests.Length / threads;
            while (passes[t] < minPasses || clock.Elapsed.TotalSeconds < minSeconds)
            {
                for (var j = 0; j < requests.Length; j++)
                {
                    var began = Stopwatch.GetTimestamp();
                    engine.Pipeline.Search(requests[(offset + j) % requests.Length]);
                    latencies[t].Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
                passes[t]++;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        clock.Start();
        start.SignalAndWait();
        workers.ForEach(w => w.Join());
        return (latencies, clock.Elapsed.TotalSeconds, passes);
    }

    /// <summary>A row in the peers' dump format, so compare-dumps.py can compare our results with theirs.</summary>
    internal static JsonObject DumpRow(int i, BenchmarkQuery query, SearchResults results)
    {
        var facets = new JsonObject();
        foreach (var facet in results.Facets)
        {
            var pairs = facet.Dimension switch
            {
                "date" => facet.Values.SelectMany(year => year.Children).Select(month => (month.Value, month.Count)),
                "entity" => facet.Values.Select(v => (EntityLabel.Split(v.Value).Name, v.Count)),
                _ => facet.Values.Select(v => (v.Value, v.Count)),
            };
            facets[facet.Dimension == "date" ? "month" : facet.Dimension] = new JsonArray(pairs.Select(p => (JsonNode)new JsonArray(p.Item1, p.Item2)).ToArray());
        }
        return new JsonObject
        {
            ["i"] = i, ["kind"] = query.Kind, ["query"] = query.Text, ["filter_dim"] = query.FilterDimension, ["filter_value"] = query.FilterValue,
            ["total"] = results.Total,
            ["top"] = new JsonArray(results.Hits.Select(h => (JsonNode)h.Id).ToArray()),
            ["facets"] = facets,
            ["snippet"] = results.Hits.Count > 0 && results.Hits[0].Snippets.Count > 0 ? Core.Highlighting.HtmlMarkup.Render(results.Hits[0].Snippets[0]) : "",
        };
    }
}
