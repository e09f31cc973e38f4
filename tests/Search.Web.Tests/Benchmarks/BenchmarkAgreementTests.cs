using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Search.Benchmarks;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Benchmarks;

/// <summary>
/// The benchmark program at a small size, so that it cannot rot: it must produce its figures, and the results it
/// measures must be exactly what the API answers for the same queries on the same index — it drives the product's
/// code, never a copy. Figures are not judged here; the README carries measured ones.
/// </summary>
public sealed class BenchmarkAgreementTests : IDisposable
{
    private const int Articles = 2_000;
    private readonly string _folder = SearchApplication.CreateFolder("benchmark");

    [Fact]
    public async Task The_benchmark_reports_figures_and_its_results_equal_the_api_answers()
    {
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        var index = Path.Combine(_folder, "index");
        var queries = Path.Combine(_folder, "queries.tsv");
        var dump = Path.Combine(_folder, "dump.jsonl");

        Run("corpus", "--docs", $"{Articles}", "--out", corpus);
        var indexed = LastJson(Run("index", "--corpus", corpus, "--index", index, "--no-extraction", "--json"));
        Assert.Equal(Articles, indexed["index"]!["docs"]!.GetValue<int>());
        Assert.True(indexed["docs_per_s"]!.GetValue<double>() > 0);

        File.WriteAllLines(queries, QueriesFrom(corpus));
        var measured = LastJson(Run("query", "--index", index, "--queries", queries, "--threads", "1", "--warmup-seconds", "0",
            "--passes", "1", "--min-seconds", "0", "--dump", dump, "--json"));
        Assert.True(measured["qps"]!.GetValue<double>() > 0);
        Assert.True(measured["p99_ms"]!.GetValue<double>() >= measured["p50_ms"]!.GetValue<double>());

        using var app = new BenchmarkIndexApplication(index);
        using var client = app.CreateClient();
        var rows = File.ReadAllLines(dump).Select(l => JsonNode.Parse(l)!).ToList();
        var asked = BenchmarkQuery.Read(queries);
        Assert.Equal(asked.Count, rows.Count);
        Assert.Contains(rows, r => r["total"]!.GetValue<int>() > 0);
        for (var i = 0; i < rows.Count; i++)
        {
            var answer = await client.GetJson("/api/search?" + asked[i].ToQueryString());
            var row = rows[i];
            var context = $"query {i} ({asked[i].Text} {asked[i].FilterDimension} {asked[i].FilterValue})";
            Assert.True(row["total"]!.GetValue<int>() == answer["total"].Int(), $"totals differ for {context}");
            Assert.Equal(row["top"]!.AsArray().Select(n => n!.GetValue<string>()), answer["hits"].Items().Select(h => h["id"].Str()));
            var outlets = answer["facets"].Items().Single(f => f["dimension"].Str() == "outlet")["values"].Items().Select(v => $"{v["value"].Str()}={v["count"].Int()}");
            Assert.Equal(row["facets"]!["outlet"]!.AsArray().Select(p => $"{p![0]!.GetValue<string>()}={p[1]!.GetValue<int>()}"), outlets);
            var snippet = answer["hits"].Items().FirstOrDefault()?["snippets"].Items().FirstOrDefault()?["html"].Str() ?? "";
            Assert.True(row["snippet"]!.GetValue<string>() == snippet, $"first snippets differ for {context}");
        }
    }

    public void Dispose() => SearchApplication.TryDelete(_folder);

    private static string Run(params string[] args)
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();
        var code = BenchmarkApp.Run(args, output, progress);
        Assert.True(code == 0, $"benchmark {args[0]} exited {code}: {progress}");
        return output.ToString();
    }

    private static JsonNode LastJson(string output) =>
        JsonNode.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1])!;

    /// <summary>
    /// A query file in the peers' format drawn from the corpus itself — words and word pairs of its first titles, with
    /// and without an outlet or year filter — so every kind of request finds something.
    /// </summary>
    private static IEnumerable<string> QueriesFrom(string corpus)
    {
        yield return "kind\tquery\tfilter_dim\tfilter_value";
        foreach (var line in File.ReadLines(corpus).Take(8))
        {
            var article = JsonNode.Parse(line)!;
            var words = article["title"]!.GetValue<string>().Split(' ').Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToList();
            if (words.Count < 2)
            {
                continue;
            }
            var outlet = article["outlet"]!.GetValue<string>();
            var year = article["published"]!.GetValue<string>()[..4];
            yield return $"term_med\t{words[0].ToLowerInvariant()}\t\t";
            yield return $"and2\t{words[0].ToLowerInvariant()} {words[1].ToLowerInvariant()}\toutlet\t{outlet}";
            yield return $"phrase2\t\"{words[0].ToLowerInvariant()} {words[1].ToLowerInvariant()}\"\tyear\t{year}";
        }
    }

    /// <summary>The web app serving an index the benchmark built, as it is, without rebuilding it from seeds.</summary>
    private sealed class BenchmarkIndexApplication(string indexPath) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Search:IndexPath", indexPath);
            builder.UseSetting("Search:SeedsPath", Path.Combine(indexPath, "no-seeds"));
            builder.UseSetting("Search:RebuildOnStart", "false");
        }
    }
}
