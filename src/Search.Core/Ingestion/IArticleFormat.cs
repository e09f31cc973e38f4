namespace Search.Core.Ingestion;

/// <summary>Reads one kind of article file (by extension) into normalised text and file-stated metadata.</summary>
internal interface IArticleFormat
{
    /// <summary>File extensions handled, lower case with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Parses decoded file text; returns <c>null</c> after adding an error when the file holds no article.</summary>
    ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues);

    /// <summary>
    /// The articles of a file that may hold several (a JSON list), each with the issues of its own, or null to read the
    /// file as one article with <see cref="Parse"/>.
    /// </summary>
    IReadOnlyList<(ParsedFile? Parsed, List<IngestionIssue> Issues)>? ParseEach(string text, string file) => null;
}
