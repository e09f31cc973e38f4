using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Benchmarks;

/// <summary>
/// <c>http --url U --queries Q.tsv</c>: the same query file as API requests against a running server, driven by wrk at
/// several concurrencies; and <c>--startup DLL --index DIR</c>: time from process start to the first answer, and the
/// server's resident memory under load.
/// </summary>
internal static class HttpCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var url = new Option<string>("--url") { Description = "Server base address.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var queries = new Option<string?>("--queries") { Description = "Query file in the peers' TSV format." };
        var single = new Option<string?>("--query") { Description = "Instead of a file: one query, repeated (e.g. \"Kursk casualties\")." };
        var connections = new Option<string>("--connections") { Description = "Concurrencies to measure.", DefaultValueFactory = _ => "1,4,16" };
        var duration = new Option<int>("--duration") { Description = "Seconds per concurrency.", DefaultValueFactory = _ => 20 };
        var server = new Option<string?>("--server") { Description = "Start this Search.Web.dll (and stop it after), measuring start-up time and memory." };
        var index = new Option<string?>("--index") { Description = "With --server: the index folder it serves." };
        var warmup = new Option<int>("--warmup-seconds") { Description = "Untimed load first, as the in-process benchmark warms up.", DefaultValueFactory = _ => 15 };
        var json = new Option<bool>("--json") { Description = "End with one JSON line." };
        var command = new Command("http", "Measure the HTTP API with wrk at several concurrencies.") { url, queries, single, connections, duration, warmup, server, index, json };
        command.SetAction(parse => Execute(output, progress, parse.GetValue(url)!, parse.GetValue(queries), parse.GetValue(single),
            parse.GetValue(connections)!.Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            parse.GetValue(duration), parse.GetValue(warmup), parse.GetValue(server), parse.GetValue(index), parse.GetValue(json)));
        return command;
    }

    private static int Execute(TextWriter output, TextWriter progress, string url, string? queryFile, string? single, int[] connections, int duration,
        int warmupSeconds, string? serverDll, string? index, bool json)
    {
        var paths = single is not null
            ? ["/api/search?" + new BenchmarkQuery("single", single, "", "").ToQueryString()]
            : BenchmarkQuery.Read(queryFile ?? throw new ArgumentException("--queries or --query is required")).Select(q => "/api/search?" + q.ToQueryString()).ToList();
        using var server = serverDll is null ? null : StartServer(serverDll, index ?? throw new ArgumentException("--index is required with --server"), url);
        var report = new JsonObject { ["url"] = url, ["paths"] = paths.Count, ["duration_s"] = duration };
        var rows = new List<(string, string)>();
        if (server is not null)
        {
            var startup = WaitForFirstAnswer(url + paths[0], server.Process);
            report["start_to_first_answer_ms"] = Report.Round(startup, 1);
            rows.Add(("process start to first answer ms", Report.Format(startup, "N0")));
        }
        var script = WriteScript(paths);
        var results = new JsonObject();
        try
        {
            if (warmupSeconds > 0)
            {
                RunWrk(url, 4, warmupSeconds, script);
                report["warmup_s"] = warmupSeconds;
            }
            foreach (var c in connections)
            {
                var result = RunWrk(url, c, duration, script);
                results[c.ToString(System.Globalization.CultureInfo.InvariantCulture)] = result;
                rows.Add(($"c={c}: requests/s", Report.Format(result["rps"]!.GetValue<double>(), "N1")));
                rows.Add(($"c={c}: p50 / p90 / p99 ms", $"{result["p50_ms"]} / {result["p90_ms"]} / {result["p99_ms"]}"));
                rows.Add(($"c={c}: non-2xx or errors", result["errors"]!.ToString()));
                progress.WriteLine($"c={c}: {result["rps"]} req/s");
            }
        }
        finally
        {
            File.Delete(script); // one per run in the temporary folder otherwise
        }
        report["connections"] = results;
        if (server is not null)
        {
            var rss = ResidentMiB(server.Process);
            report["server_rss_mb"] = Report.Round(rss, 1);
            rows.Add(("server resident memory MiB (after load)", Report.Format(rss, "N0")));
        }
        Report.Table(output, $"HTTP {url} ({paths.Count} distinct requests)", rows);
        if (json)
        {
            Report.Json(output, new JsonObject { ["engine"] = Report.Engine, ["http"] = report });
        }
        return 0;
    }

    private static string WriteScript(List<string> paths)
    {
        var lua = new StringBuilder("paths = {\n");
        foreach (var path in paths)
        {
            // Lua strings (wrk's LuaJIT knows no \uXXXX escapes); the paths are URL-encoded ASCII already.
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }
        lua.Append("""
            }
            -- Each request is formatted once per wrk thread, not once per send, so that the load generator, which
            -- shares the machine with the server, spends as little as it can.
            requests = {}
            init = function(args)
              for i, path in ipairs(paths) do
                requests[i] = wrk.format("GET", path)
              end
            end
            counter = 0
            request = function()
              counter = counter % #requests + 1
              return requests[counter]
            end
            done = function(summary, latency, requests)
              local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
              io.write(string.format("WRK-JSON {\"requests\":%d,\"duration_us\":%d,\"p50\":%d,\"p90\":%d,\"p99\":%d,\"errors\":%d}\n",
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), errors))
            end
            """);
        var file = Path.Combine(Path.GetTempPath(), $"search-wrk-{Guid.NewGuid():N}.lua");
        File.WriteAllText(file, lua.ToString());
        return file;
    }

    private static JsonObject RunWrk(string url, int connections, int duration, string script)
    {
        var info = new ProcessStartInfo("wrk", ["-t", Math.Min(connections, 2).ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-d", $"{duration}s", "--timeout", "10s", "-s", script, url]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start; install it with apt-get install wrk");
        var stdout = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("WRK-JSON ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no summary: " + stdout + wrk.StandardError.ReadToEnd());
        var summary = JsonNode.Parse(line["WRK-JSON ".Length..])!;
        var seconds = summary["duration_us"]!.GetValue<double>() / 1e6;
        return new JsonObject
        {
            ["rps"] = Report.Round(summary["requests"]!.GetValue<double>() / seconds, 1),
            ["p50_ms"] = Report.Round(summary["p50"]!.GetValue<double>() / 1000), ["p90_ms"] = Report.Round(summary["p90"]!.GetValue<double>() / 1000),
            ["p99_ms"] = Report.Round(summary["p99"]!.GetValue<double>() / 1000), ["errors"] = summary["errors"]!.GetValue<int>(),
        };
    }

    private sealed class Server(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }
            Process.Dispose();
        }
    }

    private static Server StartServer(string dll, string index, string url)
    {
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url, $"--Search:IndexPath={index}", "--Search:RebuildOnStart=false", "--Logging:LogLevel:Default=Warning"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("the server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Server(process);
    }

    /// <summary>Milliseconds from the process start to the first 200 answer to <paramref name="url"/>.</summary>
    private static double WaitForFirstAnswer(string url, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = client.GetAsync(url).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return (DateTime.Now - process.StartTime).TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException("the server exited before answering");
            }
            Thread.Sleep(10);
        }
    }

    private static double ResidentMiB(Process process)
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return status is null ? 0 : double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
