using System.Collections;
using Microsoft.Extensions.Configuration;
using Search.Core;

namespace Search.Cli;

/// <summary>
/// The service's settings as the command line sees them: the defaults of <see cref="SearchOptions"/>, then the
/// environment variables the web app reads (<c>Search__IndexPath</c>, <c>Search__Stemmer</c>, …), then the command's
/// own options. A tool and a server configured alike therefore build and read the same index: an index built with
/// another stemmer or without extraction would be rebuilt by the server, or searched with the wrong analysis.
/// </summary>
internal sealed class CliSettings
{
    private const string Prefix = SearchOptions.Section + "__";

    private readonly IConfigurationSection _section;

    private CliSettings(IEnumerable<KeyValuePair<string, string?>> variables)
    {
        // "Search__IndexPath" is "Search:IndexPath", as ASP.NET Core's environment provider maps it.
        var settings = variables
            .Where(v => v.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => KeyValuePair.Create(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value));
        _section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(SearchOptions.Section);
        Defaults = Options();
    }

    /// <summary>The settings with nothing overridden on the command line (for options' defaults).</summary>
    public SearchOptions Defaults { get; }

    /// <summary>Settings from the process's environment variables.</summary>
    /// <exception cref="InvalidOperationException">A variable's value does not fit its setting ("Search__Stemmer=Snowball").</exception>
    public static CliSettings FromEnvironment() =>
        From(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => KeyValuePair.Create((string)e.Key, (string?)e.Value)));

    /// <summary>Settings from the given variables (tests pass their own instead of changing the process's).</summary>
    public static CliSettings From(IEnumerable<KeyValuePair<string, string?>> variables) => new(variables);

    /// <summary>A fresh set of settings, with the seeds and index folders the command was given, if any.</summary>
    public SearchOptions Options(string? seeds = null, string? index = null)
    {
        var options = new SearchOptions();
        RefuseUnknownChoices();
        _section.Bind(options);
        options.SeedsPath = seeds ?? options.SeedsPath;
        options.IndexPath = index ?? options.IndexPath;
        return options;
    }

    /// <summary>
    /// A setting with a fixed set of values names them when it holds another ("Search__Stemmer=Snowball is not one of
    /// KStem, Porter."), where the binder would name only the .NET type it could not convert to.
    /// </summary>
    private void RefuseUnknownChoices()
    {
        foreach (var property in typeof(SearchOptions).GetProperties().Where(p => p.PropertyType.IsEnum && p.CanWrite))
        {
            // Only the names: Enum.TryParse would also take "2" or "KStem,Porter", values no setting means.
            if (_section[property.Name] is { } value
                && !Enum.GetNames(property.PropertyType).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{SearchOptions.Section}__{property.Name}={value} is not one of {string.Join(", ", Enum.GetNames(property.PropertyType))}.");
            }
        }
    }
}
