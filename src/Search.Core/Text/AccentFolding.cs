using Lucene.Net.Analysis.Miscellaneous;

namespace Search.Core.Text;

/// <summary>
/// Folds letters to their ASCII forms as the index's analyzer does ("Mélenchon" → "Melenchon", "Łukasz" → "Lukasz",
/// "Gonçalves" → "Goncalves"), so that what is matched outside the analyzer — facet type-ahead, filter values — meets
/// accents as search does. ASCII text is returned as it is, without copying.
/// </summary>
public static class AccentFolding
{
    /// <summary>The text with every letter folded to ASCII where it has an ASCII form.</summary>
    public static string Fold(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }
        var input = text.ToCharArray();
        // One character folds to at most four ("ǆ" is not, but "⑽" is "(10)").
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>Whether the text needs no folding.</summary>
    public static bool IsAscii(string text) => System.Text.Ascii.IsValid(text);
}
