using Search.Core.Indexing;

namespace Search.Core;

/// <summary>Settings of the search service, bound from configuration section <see cref="Section"/> by the web app.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Search";

    /// <summary>Folder of article files to index. Relative paths are relative to the working directory.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Folder of the index.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>Article files larger than this are skipped. Default 16 MiB.</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Highlighting looks for matches only in this many leading characters of a field.</summary>
    public int MaxAnalyzedChars { get; set; } = 1_000_000;

    /// <summary>Longest snippet passage in characters, unless a request asks otherwise.</summary>
    public int PassageLength { get; set; } = 160;

    /// <summary>Longest a search may collect before it returns partial results, flagged. Default 2 s.</summary>
    public TimeSpan SearchTimeBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Threads that extract and index during a rebuild; 1 keeps documents in file order. Default 1.</summary>
    public int IndexThreads { get; set; } = 1;

    /// <summary>Whether rebuilds extract entities and claims.</summary>
    public bool Extraction { get; set; } = true;

    /// <summary>The stemmer of the analysis chain.</summary>
    public Stemmer Stemmer { get; set; } = Stemmer.KStem;

    /// <summary>Whether to rebuild on start when the index is missing or the seeds changed.</summary>
    public bool RebuildOnStart { get; set; } = true;
}
