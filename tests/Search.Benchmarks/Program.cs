namespace Search.Benchmarks;

/// <summary>Entry point; named apart from the web app's <c>Program</c>, which tests see beside this assembly.</summary>
internal static class BenchmarkProgram
{
    private static int Main(string[] args) => BenchmarkApp.Run(args, Console.Out, Console.Error);
}
