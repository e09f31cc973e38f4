using System.Net;
using System.Text;

namespace Search.Core.Highlighting;

/// <summary>
/// Renders highlighted text as HTML that is safe by construction: every character of the text is HTML-encoded,
/// and the only markup added is the <c>&lt;mark&gt;</c> elements of the matches.
/// </summary>
public static class HtmlMarkup
{
    /// <summary>The text, encoded, with each match wrapped in <c>&lt;mark&gt;</c>.</summary>
    /// <param name="text">The highlighted text.</param>
    /// <param name="numbered">Whether to give each mark its ordinal as <c>data-match="n"</c> (for stepping through matches).</param>
    public static string Render(HighlightedText text, bool numbered = false)
    {
        var html = new StringBuilder(text.Text.Length + text.Marks.Count * 16);
        var position = 0;
        for (var i = 0; i < text.Marks.Count; i++)
        {
            var mark = text.Marks[i];
            html.Append(WebUtility.HtmlEncode(text.Text[position..mark.Start]));
            html.Append(numbered ? $"<mark data-match=\"{i}\">" : "<mark>");
            html.Append(WebUtility.HtmlEncode(text.Text[mark.Start..mark.End]));
            html.Append("</mark>");
            position = mark.End;
        }
        html.Append(WebUtility.HtmlEncode(text.Text[position..]));
        return html.ToString();
    }
}
