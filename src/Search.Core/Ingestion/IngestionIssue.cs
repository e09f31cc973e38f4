namespace Search.Core.Ingestion;

/// <summary>How bad an ingestion problem is.</summary>
public enum IssueSeverity
{
    /// <summary>The file was read, but some of its metadata was ignored.</summary>
    Warning,
    /// <summary>The file was skipped.</summary>
    Error,
}

/// <summary>A problem with one file (or the manifest) found while reading the seeds folder.</summary>
/// <param name="File">File name relative to the seeds folder.</param>
/// <param name="Severity">Whether the file was skipped or only partly used.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record IngestionIssue(string File, IssueSeverity Severity, string Reason);
