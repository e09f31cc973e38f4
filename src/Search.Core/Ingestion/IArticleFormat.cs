namespace Search.Core.Ingestion;

/// <summary>Reads one kind of article file (by extension) into normalised text and file-stated metadata.</summary>
internal interface IArticleFormat
{
    /// <summary>File extensions handled, lower case with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Parses decoded file text; returns <c>null</c> after adding an error when the file holds no article.</summary>
    ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues);
}
