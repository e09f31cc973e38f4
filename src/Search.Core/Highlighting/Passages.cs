using Search.Core.Text;

namespace Search.Core.Highlighting;

/// <summary>Joins the passages of a hit into one snippet, separated by an ellipsis (once, even where a passage was cut).</summary>
public static class Passages
{
    private const string Ellipsis = "…";

    /// <summary>The passages as one highlighted text, marks shifted to their place in it.</summary>
    public static HighlightedText Join(IReadOnlyList<HighlightedText> passages)
    {
        var text = new System.Text.StringBuilder();
        var marks = new List<TextSpan>();
        foreach (var passage in passages)
        {
            var skip = 0;
            if (text.Length > 0)
            {
                var previousCut = text[^1] == Ellipsis[0];
                var nextCut = passage.Text.StartsWith(Ellipsis, StringComparison.Ordinal);
                // One ellipsis between passages: reuse the one a cut passage already has.
                skip = previousCut && nextCut ? Ellipsis.Length : 0;
                text.Append(previousCut || nextCut ? " " : $" {Ellipsis} ");
            }
            var offset = text.Length - skip;
            text.Append(passage.Text, skip, passage.Text.Length - skip);
            marks.AddRange(passage.Marks.Select(m => m with { Start = m.Start + offset }));
        }
        return new HighlightedText(text.ToString(), marks);
    }
}
