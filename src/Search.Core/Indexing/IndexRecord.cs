using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Indexing;

/// <summary>
/// One search document as the schema sees it, whatever it was made from (an article, or later a claim).
/// The schema reads every field value from here, so a new field needs a property here and one schema entry.
/// </summary>
public sealed record IndexRecord
{
    /// <summary>What the document is: <see cref="RecordKinds.Article"/> or <see cref="RecordKinds.Claim"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Unique document id.</summary>
    public required string Id { get; init; }

    /// <summary>The article a claim belongs to; the article's own id for articles.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Headline (for claims: the claimant and cue).</summary>
    public required string Title { get; init; }

    /// <summary>Searchable text.</summary>
    public required string Body { get; init; }

    /// <summary>Sentence spans of <see cref="Body"/>, computed once at index time for snippets.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];

    /// <summary>Publishing outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>Original outlet of a reprint.</summary>
    public string? OriginalOutlet { get; init; }

    /// <summary>Publication date.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Address online.</summary>
    public string? Url { get; init; }

    /// <summary>File name in the seeds folder.</summary>
    public string? Path { get; init; }

    /// <summary>SHA-256 of the source file.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Entities as <c>type/Canonical Name</c>.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Canonical names of the entities, searched as text so that any spelling of a name finds the article.</summary>
    public IReadOnlyList<string> EntityNames { get; init; } = [];

    /// <summary>Who made a claim (claims only).</summary>
    public string? Claimant { get; init; }

    /// <summary>What the figures of a claim count (casualties, deployed…), or of an article's claims.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Number of claims extracted from an article.</summary>
    public int? ClaimCount { get; init; }

    /// <summary>A claim's details (speaker, figures, dates, rule), serialised.</summary>
    public string? ClaimJson { get; init; }

    /// <summary>Provenance and evidence of the metadata, serialised for display.</summary>
    public string? Provenance { get; init; }

    /// <summary>
    /// The acronyms an article defines, one per line as "INDECI\tNational Institute of Civil Defence": where another
    /// article names the body by its acronym alone, a comparison knows it for the same source.
    /// </summary>
    public string? Acronyms { get; init; }
}

/// <summary>The kinds of search documents.</summary>
public static class RecordKinds
{
    /// <summary>A news article.</summary>
    public const string Article = "article";

    /// <summary>An attributed claim extracted from an article.</summary>
    public const string Claim = "claim";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Article, Claim];
}
