using System.Text;
using System.Text.Json;

namespace Search.Benchmarks;

/// <summary>
/// A deterministic news-like corpus for machines without npm (the peers' generator needs the nlp-corpus package):
/// SplitMix64 draws Zipf-distributed words into sentences, with capitalised names, figures, outlets with Zipf weights
/// and dates from 2019 to 2025. Same seed, same bytes.
/// </summary>
internal sealed class SyntheticCorpus(ulong seed)
{
    private static readonly string[] Words = BuildVocabulary();
    private static readonly string[] Names =
    [
        "United Nations", "Security Council", "North Korea", "South Korea", "White House", "European Union", "New York City", "Red Cross",
        "Volodymyr Zelensky", "Vladimir Putin", "Kim Jong Un", "World Bank", "Supreme Court", "National Assembly", "Black Sea", "Kursk",
        "Pyongyang", "Seoul", "Kyiv", "Moscow", "Tokyo", "Berlin", "Paris", "London", "Geneva", "Warsaw", "Ankara", "Beijing",
    ];
    private static readonly string[] Outlets = Enumerable.Range(1, 40).Select(i => $"Outlet {i:D2}").ToArray();
    private ulong _state = seed;

    /// <summary>Writes <paramref name="count"/> articles as JSON lines.</summary>
    public void Write(TextWriter writer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entities = new List<string>();
            var body = new StringBuilder();
            var sentences = 8 + (int)Below(23);
            for (var s = 0; s < sentences; s++)
            {
                body.Append(Sentence(entities)).Append(' ');
            }
            var line = new Dictionary<string, object>
            {
                ["id"] = (i + 1).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
                ["title"] = Sentence(entities).TrimEnd('.'),
                ["body"] = body.ToString().TrimEnd(),
                ["outlet"] = Outlets[Zipf(Outlets.Length)],
                ["published"] = new DateOnly(2019, 1, 1).AddDays((int)Below(2557)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["entities"] = entities.Distinct().Take(6).ToList(),
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }
    }

    private string Sentence(List<string> entities)
    {
        var words = 6 + (int)Below(18);
        var sentence = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            string word;
            if (w > 0 && Below(12) == 0)
            {
                word = Names[Zipf(Names.Length)];
                entities.Add(word);
            }
            else if (Below(25) == 0)
            {
                word = (Below(50) * 100 + 100).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                word = Words[Zipf(Words.Length)];
            }
            sentence.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(' ');
        }
        return sentence.ToString().TrimEnd() + ".";
    }

    /// <summary>Zipf (s = 1) over n items, by inverse transform on the harmonic series.</summary>
    private int Zipf(int n)
    {
        var harmonic = Math.Log(n) + 0.5772156649;
        var target = Below(1_000_000) / 1_000_000.0 * harmonic;
        var sum = 0.0;
        for (var k = 1; k <= n; k++)
        {
            sum += 1.0 / k;
            if (sum >= target)
            {
                return k - 1;
            }
        }
        return n - 1;
    }

    private ulong Below(ulong n) => (ulong)((UInt128)Next() * n >> 64);

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Two thousand pronounceable words from syllables, so term frequencies follow a realistic Zipf tail.</summary>
    private static string[] BuildVocabulary()
    {
        string[] onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "st", "tr", "gr", "pl", "ch"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
        string[] codas = ["", "n", "r", "s", "t", "l", "nd", "st", "ck", "m"];
        var words = new List<string> { "the", "of", "and", "to", "in", "said", "was", "for", "on", "that", "with", "troops", "officials", "government", "report" };
        for (var i = 0; words.Count < 2000; i++)
        {
            var syllables = 1 + i % 3;
            var word = new StringBuilder();
            var x = i;
            for (var s = 0; s < syllables; s++)
            {
                word.Append(onsets[x % onsets.Length]).Append(vowels[x / onsets.Length % vowels.Length]);
                x = x * 7 + 3;
            }
            word.Append(codas[i / 7 % codas.Length]);
            if (!words.Contains(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }
        return [.. words];
    }
}
