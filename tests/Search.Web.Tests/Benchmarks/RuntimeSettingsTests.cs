using System.Text.Json.Nodes;

namespace Search.Web.Tests.Benchmarks;

/// <summary>
/// The runtime settings in src/Runtime.props reach every program that indexes or serves; the benchmark program
/// measures the product only if it runs with the same settings. (The CLI's own test checks news.)
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("Search.Web")]
    [InlineData("Search.Benchmarks")]
    public void Hot_code_is_optimised_without_waiting_for_start_up_to_end(string program)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, program + ".runtimeconfig.json")))!;

        var delay = config["runtimeOptions"]?["configProperties"]?["System.Runtime.TieredCompilation.CallCountingDelayMs"];

        Assert.NotNull(delay);
        Assert.Equal(0, delay.GetValue<int>());
    }
}
