namespace Search.Core.Querying;

/// <summary>A search as it arrives from a user (query string, command line): raw text, not yet validated.</summary>
public sealed record SearchParameters
{
    /// <summary>Query text.</summary>
    public string? Query { get; init; }

    /// <summary>Page number.</summary>
    public int? Page { get; init; }

    /// <summary>Page size.</summary>
    public int? Size { get; init; }

    /// <summary>"relevance" or "date".</summary>
    public string? Sort { get; init; }

    /// <summary>Selected values keyed by dimension name (e.g. outlet → ["WION"]).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>First publication day included (YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its first day).</summary>
    public string? From { get; init; }

    /// <summary>Last publication day included (a partial date means its last day).</summary>
    public string? To { get; init; }

    /// <summary>Dimensions to count, as <c>name</c> or <c>name:N</c>, possibly comma-separated.</summary>
    public IReadOnlyList<string>? Facets { get; init; }

    /// <summary>Snippet passages per hit.</summary>
    public int? Passages { get; init; }

    /// <summary>Longest snippet passage in characters.</summary>
    public int? PassageLength { get; init; }

    /// <summary>Document kinds searched when no <c>type</c> filter is given.</summary>
    public IReadOnlyList<string> DefaultKinds { get; init; } = [Indexing.RecordKinds.Article];
}
