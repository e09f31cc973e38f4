namespace Search.Core.Ingestion;

/// <summary>What reading one file produced: an article (possibly with warnings), or only the issues that stopped it.</summary>
/// <param name="File">File name relative to the seeds folder.</param>
/// <param name="Article">The article, or <c>null</c> when the file was skipped.</param>
/// <param name="Issues">Problems found in the file or its manifest entry.</param>
public sealed record ArticleReadResult(string File, Article? Article, IReadOnlyList<IngestionIssue> Issues);
