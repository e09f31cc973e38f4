using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// Every field of the index, defined once: its name, how it is indexed, and where its value comes from.
/// Code elsewhere refers to these instances, never to field-name strings.
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// Version of what the index holds. Bump it whenever the schema, analysis, ingestion or extraction rules change
    /// what a rebuild would write, so that existing indexes are rebuilt on the next start.
    /// </summary>
    public const int Version = 51;

    /// <summary>Unique document id.</summary>
    public static readonly KeywordField Id = new("id", r => r.Id);

    /// <summary>The article a document belongs to (claims link to their article).</summary>
    public static readonly KeywordField Article = new("article", r => r.ArticleId);

    /// <summary>Headline.</summary>
    public static readonly AnalyzedTextField Title = new("title", r => r.Title, boost: 2f);

    /// <summary>Searchable text.</summary>
    public static readonly AnalyzedTextField Body = new("body", r => r.Body, boost: 1f);

    /// <summary>Canonical entity names: a search for any spelling of a name reaches them through synonyms and aliases.</summary>
    public static readonly AnalyzedTextField EntityNames = new("entities", r => r.EntityNames, boost: 1.5f, highlighted: false);

    /// <summary>Sentence spans of the body.</summary>
    public static readonly SentenceSpansField Sentences = new("sentences", r => r.Sentences);

    /// <summary>Publication date for display and sorting.</summary>
    public static readonly DateField Published = new("published", r => r.Published);

    /// <summary>Address online.</summary>
    public static readonly StoredValueField Url = new("url", r => r.Url);

    /// <summary>File in the seeds folder.</summary>
    public static readonly StoredValueField Path = new("path", r => r.Path);

    /// <summary>SHA-256 of the source file.</summary>
    public static readonly StoredValueField Hash = new("hash", r => r.ContentHash);

    /// <summary>Where each metadata value came from, as JSON.</summary>
    public static readonly StoredValueField Provenance = new("provenance", r => r.Provenance);

    /// <summary>Document kind: article or claim.</summary>
    public static readonly FacetDimension Type = new("type", "Document kind: article or claim.", r => [r.Kind], stored: true, indexed: true);

    /// <summary>Publishing outlet.</summary>
    public static readonly FacetDimension Outlet = new("outlet", "The outlet that published the article.", r => [r.Outlet], stored: true);

    /// <summary>Original outlet of a reprint, when it differs from the publisher.</summary>
    public static readonly FacetDimension Original = new("original", "The original outlet of a reprint, when it differs from the publisher.",
        r => string.Equals(r.OriginalOutlet, r.Outlet, StringComparison.OrdinalIgnoreCase) ? [] : [r.OriginalOutlet], stored: true);

    /// <summary>Publication date as a year → month → day hierarchy; undated documents form the "unknown" bucket.</summary>
    public static readonly FacetDimension Date = new("date", "Publication date: YYYY, YYYY-MM or YYYY-MM-DD, or 'unknown'.",
        r => r.Published?.WithAncestors() ?? [], parentOf: DateParent, missingLabel: "unknown");

    /// <summary>Entities the document is about, as <c>type/Canonical Name</c>.</summary>
    public static readonly FacetDimension Entity = new("entity", "Entities the article is about, as type/Canonical Name.", r => r.Entities, stored: true,
        spellings: ValueSpellings.EntityLabels);

    /// <summary>Who made a claim.</summary>
    public static readonly FacetDimension Claimant = new("claimant", "Who made a claim.", r => [r.Claimant], stored: true, spellings: ValueSpellings.Names);

    /// <summary>What claims count: casualties, deployed, captured, cases, displaced, crowd, missing.</summary>
    public static readonly FacetDimension Topic = new("topic", "What the figures of a claim count: casualties, deployed, captured, cases, displaced, crowd, missing.", r => r.Topics);

    /// <summary>Number of claims in an article.</summary>
    public static readonly StoredValueField ClaimCount = new("claims", r => r.ClaimCount?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A claim's details as JSON.</summary>
    public static readonly StoredValueField ClaimData = new("claim", r => r.ClaimJson);

    /// <summary>The acronyms an article defines, "ACRONYM\tFull Name" per line.</summary>
    public static readonly StoredValueField Acronyms = new("acronyms", r => r.Acronyms);

    /// <summary>All fields, in the order they are added to a document.</summary>
    public static IReadOnlyList<SchemaField> Fields { get; } =
        [Id, Article, Type, Title, Body, EntityNames, Sentences, Published, Outlet, Original, Date, Entity, Claimant, Topic, Url, Path, Hash, Provenance, ClaimCount,
         ClaimData, Acronyms];

    /// <summary>All facet dimensions.</summary>
    public static IReadOnlyList<FacetDimension> Dimensions { get; } = Fields.OfType<FacetDimension>().ToList();

    /// <summary>The text fields searched by default, with their boosts.</summary>
    public static IReadOnlyList<AnalyzedTextField> SearchedText { get; } = Fields.OfType<AnalyzedTextField>().ToList();

    /// <summary>The dimension with this name, if any.</summary>
    public static FacetDimension? FindDimension(string name) =>
        Dimensions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string? DateParent(string value)
    {
        var dash = value.LastIndexOf('-');
        return dash < 0 ? null : value[..dash];
    }
}
