namespace Search.Core.Highlighting;

/// <summary>How snippets are made.</summary>
public sealed record HighlightOptions
{
    /// <summary>Longest passage in characters when a request does not say. Default 160.</summary>
    public int PassageLength { get; init; } = 160;

    /// <summary>
    /// Matches are looked for only in the first this-many characters of a field, which bounds the time and memory
    /// of highlighting very long articles (like Elasticsearch's <c>max_analyzed_offset</c>). Default 1,000,000.
    /// </summary>
    public int MaxAnalyzedChars { get; init; } = 1_000_000;
}
