namespace Search.Core.Ingestion;

/// <summary>What a piece of publisher text was recognised as.</summary>
public enum EvidenceKind
{
    /// <summary>Names the publishing outlet ("Read the original article on X").</summary>
    OutletSignature,
    /// <summary>Names the original outlet of a reprint ("originally published by X").</summary>
    OriginalSignature,
    /// <summary>A donation or subscription appeal of the publisher.</summary>
    Appeal,
    /// <summary>A header line that carried metadata ("date 2024-12-27").</summary>
    Header,
    /// <summary>A web page's furniture inside the article: an ad slot's label, a "Read more:" link to another story.</summary>
    PageFurniture,
}

/// <summary>Text cut from an article's searchable body but kept to show where metadata came from.</summary>
/// <param name="Kind">What the text was recognised as.</param>
/// <param name="Text">The text as it stood in the file.</param>
public sealed record Evidence(EvidenceKind Kind, string Text);
