using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>What a rebuild (or the check that decided none was needed) did.</summary>
/// <param name="Rebuilt">Whether a new generation was built.</param>
/// <param name="Reason">Why it was (or was not) rebuilt.</param>
/// <param name="Index">The live generation afterwards, if any.</param>
/// <param name="FilesRead">Article files examined.</param>
/// <param name="Issues">Per-file problems: skipped files with reasons, and warnings.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="KeptOtherSource">Whether the index was left as it is because it was built from something other than the
/// seeds folder checked (a corpus file, another seeds folder).</param>
public sealed record RebuildReport(bool Rebuilt, string Reason, IndexMetadata? Index, int FilesRead, IReadOnlyList<IngestionIssue> Issues, TimeSpan Elapsed,
    bool KeptOtherSource = false)
{
    /// <summary>Files that were skipped.</summary>
    public IEnumerable<IngestionIssue> Skipped => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>Problems that did not stop a file from being indexed.</summary>
    public IEnumerable<IngestionIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}

/// <summary>The steps of a rebuild.</summary>
public enum RebuildPhase
{
    /// <summary>Reading, extracting and indexing files; progress is known.</summary>
    Reading,
    /// <summary>Writing the index to disk; its length is not known in advance.</summary>
    Committing,
}

/// <summary>Progress of a rebuild, for progress bars.</summary>
/// <param name="Phase">The current step.</param>
/// <param name="Done">Files processed so far.</param>
/// <param name="Total">Files to process.</param>
/// <param name="File">The file just processed.</param>
public sealed record RebuildProgress(RebuildPhase Phase, int Done, int Total, string File);
