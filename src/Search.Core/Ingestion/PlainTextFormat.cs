using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>Plain text: an optional inline header, then one paragraph per line.</summary>
internal sealed class PlainTextFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        var (header, rest, evidence) = InlineHeader.Extract(text);
        return new ParsedFile(TextNormalizer.Normalize(rest), header, evidence is null ? [] : [evidence]);
    }
}
