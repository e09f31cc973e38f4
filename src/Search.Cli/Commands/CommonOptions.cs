using System.CommandLine;
using System.Globalization;

namespace Search.Cli.Commands;

/// <summary>Options every command shares: where the seeds and the index are; by default where the settings say.</summary>
internal static class CommonOptions
{
    public static Option<string> Seeds(CliSettings settings, string description = "Folder of article files (.txt, .md, .json, .html) with an optional manifest.json.") => new("--seeds")
    {
        Description = description + " Default: Search__SeedsPath, else seeds.",
        DefaultValueFactory = _ => settings.Defaults.SeedsPath,
    };

    /// <summary>For the commands that search: the seeds folder only lends its synonyms.json and entities.json.</summary>
    public static Option<string> SeedsForQueries(CliSettings settings) =>
        Seeds(settings, "Folder whose synonyms.json and entities.json (if any) extend the built-in ones, as for the server.");

    public static Option<string> Index(CliSettings settings) => new("--index")
    {
        Description = "Folder of the search index. Default: Search__IndexPath, else index.",
        DefaultValueFactory = _ => settings.Defaults.IndexPath,
    };

    /// <summary>
    /// An option holding a whole number, refused in words ("--size must be a whole number, not 'abc'.") where the
    /// parser would name a .NET type. The range is checked where the request is, with the API's messages.
    /// </summary>
    public static Option<int> WholeNumber(string name, string description, int byDefault) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => byDefault,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
            if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            result.AddError($"{name} must be a whole number, not '{token}'.");
            return byDefault;
        },
    };
}
