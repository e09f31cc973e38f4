using System.Text.Json.Nodes;

namespace Search.Web.Tests.Benchmarks;

/// <summary>
/// The runtime settings of src/Runtime.props: the benchmark program indexes with the CLI's settings (the CLI's own
/// test checks those), and the web app keeps the runtime's default, which starts faster.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private const string CallCountingDelay = "System.Runtime.TieredCompilation.CallCountingDelayMs";

    [Fact]
    public void The_benchmark_indexes_with_hot_code_optimised_without_waiting_for_start_up_to_end()
    {
        var delay = ConfigProperties("Search.Benchmarks")[CallCountingDelay];

        Assert.NotNull(delay);
        Assert.Equal(0, delay.GetValue<int>());
    }

    [Fact]
    public void The_server_keeps_the_start_up_delay_so_that_it_answers_sooner()
    {
        Assert.Null(ConfigProperties("Search.Web")[CallCountingDelay]);
    }

    private static JsonNode ConfigProperties(string program) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, program + ".runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;
}
