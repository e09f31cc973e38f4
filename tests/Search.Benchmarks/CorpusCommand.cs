using System.CommandLine;

namespace Search.Benchmarks;

/// <summary><c>corpus --docs N --out F</c>: writes the deterministic synthetic corpus.</summary>
internal static class CorpusCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var docs = new Option<int>("--docs") { Description = "Number of articles.", DefaultValueFactory = _ => 10_000 };
        var outFile = new Option<string>("--out") { Description = "Output JSONL file.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 20240601UL };
        var command = new Command("corpus", "Write a deterministic synthetic corpus in the peers' JSONL format.") { docs, outFile, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(outFile)!;
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                new SyntheticCorpus(parse.GetValue(seed)).Write(writer, parse.GetValue(docs));
            }
            output.WriteLine($"wrote {parse.GetValue(docs):N0} articles to {path} ({new FileInfo(path).Length:N0} bytes)");
            return 0;
        });
        return command;
    }
}
