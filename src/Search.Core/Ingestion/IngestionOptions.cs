namespace Search.Core.Ingestion;

/// <summary>Limits that keep one bad file from hurting a rebuild.</summary>
public sealed record IngestionOptions
{
    /// <summary>Files larger than this many bytes are skipped with an error. Default 16 MiB.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;
}
