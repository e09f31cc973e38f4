using Search.Core.Ingestion;
using Search.Core.Querying;

namespace Search.Web.Contracts;

/// <summary>Where one metadata value came from.</summary>
/// <param name="Title">manifest, header, signature, derived or unknown.</param>
/// <param name="Outlet">Source of the outlet.</param>
/// <param name="Original">Source of the original outlet.</param>
/// <param name="Published">Source of the date.</param>
/// <param name="Url">Source of the address.</param>
/// <param name="Evidence">Publisher text cut from the body (signatures, appeals, header lines).</param>
public sealed record ProvenanceResponse(string Title, string Outlet, string Original, string Published, string Url, IReadOnlyList<EvidenceResponse> Evidence)
{
    /// <summary>Maps stored provenance.</summary>
    public static ProvenanceResponse? From(ArticleProvenance? provenance) => provenance is null ? null : new(
        Name(provenance.Title), Name(provenance.Outlet), Name(provenance.Original), Name(provenance.Published), Name(provenance.Url),
        provenance.Evidence.Select(e => new EvidenceResponse(Name(e.Kind), e.Text)).ToList());

    private static string Name<T>(T value) where T : Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

/// <summary>Publisher text kept as evidence.</summary>
/// <param name="Kind">outletSignature, originalSignature, appeal or header.</param>
/// <param name="Text">The text as it stood in the file.</param>
public sealed record EvidenceResponse(string Kind, string Text);

/// <summary>A whole article with every match of the query marked.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title with matches.</param>
/// <param name="Body">Full text with matches; marks carry data-match ordinals.</param>
/// <param name="MatchCount">Number of marked matches in the body.</param>
/// <param name="Truncated">Whether the body exceeds the highlighting limit (later matches are not marked).</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Url">Address online.</param>
/// <param name="Path">File in the seeds folder.</param>
/// <param name="Hash">SHA-256 of the file.</param>
/// <param name="Entities">Entities the article is about.</param>
/// <param name="Provenance">Where each metadata value came from.</param>
/// <param name="Query">The query whose matches are marked.</param>
/// <param name="Claims">
/// The claims extracted from the article, in the order they stand in its body (the first
/// <see cref="Search.Core.Querying.ArticleViewer.MaxClaims"/>).
/// </param>
public sealed record ArticleResponse(
    string Id,
    MarkedText Title,
    MarkedText Body,
    int MatchCount,
    bool Truncated,
    string? Outlet,
    string? OriginalOutlet,
    DateValue? Published,
    string? Url,
    string? Path,
    string? Hash,
    IReadOnlyList<EntityRef> Entities,
    ProvenanceResponse? Provenance,
    QueryDescription? Query,
    IReadOnlyList<ArticleClaimResponse> Claims)
{
    /// <summary>Maps a Core article view.</summary>
    public static ArticleResponse From(ArticleView article) => new(
        article.Id, MarkedText.From(article.Title), MarkedText.From(article.Body, numbered: true), article.Body.Marks.Count, article.Truncated,
        article.Outlet, article.OriginalOutlet, DateValue.From(article.Published), article.Url, article.Path, article.ContentHash,
        article.Entities.Select(EntityRef.From).ToList(), ProvenanceResponse.From(article.Provenance),
        article.Query is null ? null : QueryDescription.From(article.Query),
        article.Claims.Select(c => new ArticleClaimResponse(c.Id, c.Text, ClaimDetails.From(c.Details)!)).ToList());
}

/// <summary>A claim in an article's list of claims.</summary>
/// <param name="Id">The claim's id (the claims view and <c>/api/search?type=claim</c> show it too).</param>
/// <param name="Text">The claim's words in the article body.</param>
/// <param name="Claim">Who made it, how, and its figures.</param>
public sealed record ArticleClaimResponse(string Id, string Text, ClaimDetails Claim);

/// <summary>The state of the service.</summary>
/// <param name="Status">"ok", or "unavailable" when no index has been built.</param>
/// <param name="Generation">The live index generation.</param>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Articles">Articles in the index.</param>
/// <param name="LastRebuild">When the live generation was built.</param>
/// <param name="SourceFingerprint">Fingerprint of the seeds and schema it was built from.</param>
public sealed record HealthResponse(string Status, string? Generation, int Documents, int Articles, DateTimeOffset? LastRebuild, string? SourceFingerprint);
