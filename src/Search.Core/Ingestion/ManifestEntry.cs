namespace Search.Core.Ingestion;

/// <summary>The metadata the manifest gives for one file. Absent fields are <c>null</c>.</summary>
public sealed record ManifestEntry
{
    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>The original outlet of a reprint.</summary>
    public string? Original { get; init; }

    /// <summary>The article's address.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Entities as <c>type/Canonical Name</c>.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
}
