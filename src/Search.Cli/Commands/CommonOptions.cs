using System.CommandLine;
using Search.Core;

namespace Search.Cli.Commands;

/// <summary>Options every command shares: where the seeds and the index are.</summary>
internal static class CommonOptions
{
    public static Option<string> Seeds() => new("--seeds")
    {
        Description = "Folder of article files (.txt, .md, .json) with an optional manifest.json.",
        DefaultValueFactory = _ => new SearchOptions().SeedsPath,
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "Folder of the search index.",
        DefaultValueFactory = _ => new SearchOptions().IndexPath,
    };
}
