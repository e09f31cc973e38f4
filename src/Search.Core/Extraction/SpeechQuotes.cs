using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds quoted speech in a paragraph: quotations of at least a few words (scare quotes around a term are not speech),
/// whether they open with curly or straight quotation marks and whether they span several sentences.
/// </summary>
internal static class SpeechQuotes
{
    private const int MinWords = 4;

    /// <summary>The inner spans of the quotations in <paramref name="paragraph"/>.</summary>
    public static IReadOnlyList<TextSpan> In(string text, TextSpan paragraph)
    {
        var quotes = new List<TextSpan>();
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            var opening = c == '“' || (c == '"' && open < 0);
            var closing = c == '”' || (c == '"' && open >= 0);
            if (opening && open < 0)
            {
                open = i;
            }
            else if (closing && open >= 0)
            {
                var inner = TextSpan.FromBounds(open + 1, i);
                if (Words.Tokenize(text, inner.Start, inner.End).Count >= MinWords)
                {
                    quotes.Add(inner);
                }
                open = -1;
            }
        }
        return quotes;
    }
}
