namespace Search.Core.Ingestion;

/// <summary>An article read from the seeds folder: normalised text, metadata with provenance, and the evidence for it.</summary>
public sealed record Article
{
    /// <summary>Stable identifier derived from the file name.</summary>
    public required string Id { get; init; }

    /// <summary>File name relative to the seeds folder.</summary>
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file bytes, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The headline.</summary>
    public required Sourced<string> Title { get; init; }

    /// <summary>The searchable text: normalised, boilerplate removed, paragraphs separated by a blank line.</summary>
    public required string Body { get; init; }

    /// <summary>The outlet that published this copy.</summary>
    public Sourced<string> Outlet { get; init; } = Sourced<string>.Unknown;

    /// <summary>The outlet that first published the article, for reprints.</summary>
    public Sourced<string> OriginalOutlet { get; init; } = Sourced<string>.Unknown;

    /// <summary>The publication date at the precision known.</summary>
    public Sourced<PartialDate?> Published { get; init; } = Sourced<PartialDate?>.Unknown;

    /// <summary>The address of the article online.</summary>
    public Sourced<string> Url { get; init; } = Sourced<string>.Unknown;

    /// <summary>Entities named by metadata (manifest or file), as <c>type/Canonical Name</c>.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Publisher text cut from the body, kept as evidence.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
