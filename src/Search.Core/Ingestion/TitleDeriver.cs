using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>Derives a headline from the lede when no title is given: the first sentence, cut at a word boundary.</summary>
internal static class TitleDeriver
{
    /// <summary>Longest derived title, in characters, before the ellipsis.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// Longest title given by a file or the manifest, in characters, before the ellipsis: news headlines run to a few
    /// dozen words, and a longer one is a body pasted into the title, which would fill every page that shows it.
    /// </summary>
    public const int MaxGivenLength = 300;

    /// <summary>The first sentence of <paramref name="body"/>, without its final period, at most <see cref="MaxLength"/> characters.</summary>
    public static string FromLede(string body)
    {
        var sentences = SentenceSplitter.Split(body);
        if (sentences.Count == 0)
        {
            return "";
        }
        var lede = sentences[0].Of(body).TrimEnd('.', ' ');
        return CutAtWord(lede, MaxLength);
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters at a space, adding an ellipsis.</summary>
    public static string CutAtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max);
        if (cut < max / 2)
        {
            cut = max; // one enormous word: cutting inside it beats returning nothing
        }
        return string.Concat(text.AsSpan(0, cut).TrimEnd(" ,;:—–-".AsSpan()), "…");
    }
}
