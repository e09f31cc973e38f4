using Search.Core.Text;

namespace Search.Core.Highlighting;

/// <summary>Plain text with the spans that matched the query. Rendering (HTML, terminal) is up to the caller.</summary>
/// <param name="Text">The text, exactly as stored (a passage may start or end with "…" where it was cut).</param>
/// <param name="Marks">Matched spans within <paramref name="Text"/>, sorted and non-overlapping.</param>
public sealed record HighlightedText(string Text, IReadOnlyList<TextSpan> Marks)
{
    /// <summary>Text with nothing marked.</summary>
    public static HighlightedText Plain(string text) => new(text, []);
}
