using System.Collections.Frozen;
using System.Text.Json;

namespace Search.Core.Querying;

/// <summary>
/// One word written in two spellings — British and American ("Defence", "Defense"; "Centre", "Center"), or two
/// transliterations ("Kyiv", "Kiev") — folded to one, so that a body named both ways is one source. The pairs are the
/// single words of the built-in synonyms' "equivalent" groups, the same ones search treats as one.
/// </summary>
internal static class WordSpellings
{
    private static readonly FrozenDictionary<string, string> Canonical = Load();

    /// <summary>The name with each word in its group's first spelling, in lower case where it was folded.</summary>
    public static string Fold(string name)
    {
        var words = name.Split(' ');
        var folded = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (Canonical.TryGetValue(words[i], out var canonical))
            {
                words[i] = canonical;
                folded = true;
            }
        }
        return folded ? string.Join(' ', words) : name;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(WordSpellings).Assembly.GetManifestResourceStream("Search.Core.Data." + Synonyms.SynonymSet.FileName)!;
        using var document = JsonDocument.Parse(stream);
        var canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in document.RootElement.GetProperty("equivalent").EnumerateArray())
        {
            var words = group.EnumerateArray().Select(e => e.GetString() ?? "").Where(w => w.Length > 0 && w.All(char.IsLetter)).ToList();
            foreach (var word in words.Skip(1))
            {
                canonical.TryAdd(word, words[0]);
            }
        }
        return canonical.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
