using System.Numerics;
using System.Runtime.InteropServices;

namespace Search.Core.Extraction;

/// <summary>
/// MinHash signatures of texts over five-word shingles: the share of equal positions in two signatures estimates the
/// Jaccard similarity of their shingle sets, which is high for reprints and lightly edited copies and low otherwise.
/// </summary>
public static class MinHash
{
    /// <summary>Values per signature.</summary>
    public const int Size = 64;

    private const int ShingleWords = 5;

    /// <summary>The signature of <paramref name="text"/>; texts shorter than one shingle get an empty signature.</summary>
    /// <remarks>
    /// Indexing computes one per article, so the loop is kept cheap: each word is hashed once, a shingle's hash combines
    /// its five word hashes with one mix, and the <see cref="Size"/> hash functions are multiply-shift functions of
    /// that well-mixed value rather than full mixes of their own.
    /// </remarks>
    public static uint[] Signature(string text)
    {
        var hashes = new List<ulong>(text.Length / 5);
        var at = 0;
        while (Words.Next(text, ref at, text.Length, out var start))
        {
            hashes.Add(WordHash(text, start, at));
        }
        if (hashes.Count < ShingleWords)
        {
            return [];
        }
        var wordHashes = CollectionsMarshal.AsSpan(hashes);
        // The Size hash functions run side by side in vector lanes (64-bit lanes: the values are the high halves of
        // 64-bit sums, as in the scalar definition); this loop was a tenth of indexing time when it ran one at a time.
        Span<Vector<ulong>> minima = stackalloc Vector<ulong>[Size / Vector<ulong>.Count];
        minima.Fill(new Vector<ulong>(uint.MaxValue));
        var multipliers = MultiplierVectors;
        var increments = IncrementVectors;
        for (var i = 0; i + ShingleWords <= wordHashes.Length; i++)
        {
            var shingle = 0UL;
            for (var w = i; w < i + ShingleWords; w++)
            {
                shingle = (shingle * 0x100000001B3UL) ^ wordHashes[w];
            }
            var mixed = new Vector<ulong>(Mix(shingle));
            for (var v = 0; v < minima.Length; v++)
            {
                minima[v] = Vector.Min(minima[v], Vector.ShiftRightLogical((mixed * multipliers[v]) + increments[v], 32));
            }
        }
        var signature = new uint[Size];
        var values = MemoryMarshal.Cast<Vector<ulong>, ulong>(minima);
        for (var k = 0; k < Size; k++)
        {
            signature[k] = (uint)values[k];
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the shingle sets behind two signatures (0 when either is empty).</summary>
    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        if (a.Count != Size || b.Count != Size)
        {
            return 0;
        }
        var equal = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
            {
                equal++;
            }
        }
        return (double)equal / Size;
    }

    // Odd multipliers and arbitrary increments drawn from SplitMix64: fixed, so signatures are comparable across runs.
    private static readonly ulong[] Multipliers = Enumerable.Range(1, Size).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL) | 1).ToArray();
    private static readonly ulong[] Increments = Enumerable.Range(1, Size).Select(i => Mix((ulong)(i + Size) * 0x9E3779B97F4A7C15UL)).ToArray();
    private static readonly Vector<ulong>[] MultiplierVectors = AsVectors(Multipliers);
    private static readonly Vector<ulong>[] IncrementVectors = AsVectors(Increments);

    private static Vector<ulong>[] AsVectors(ulong[] values) =>
        Enumerable.Range(0, values.Length / Vector<ulong>.Count).Select(v => new Vector<ulong>(values, v * Vector<ulong>.Count)).ToArray();

    /// <summary>FNV-1a of the word's matching key; plain ASCII words without apostrophes are folded in place, without allocating.</summary>
    private static ulong WordHash(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var plain = true;
        foreach (var c in word)
        {
            if (c >= 128 || c == '\'')
            {
                plain = false;
                break;
            }
        }
        var hash = 14695981039346656037UL;
        foreach (var c in plain ? word : Words.Key(word.ToString()).AsSpan())
        {
            hash = (hash ^ (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c)) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>SplitMix64's finaliser: a cheap, well-mixing bijection.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
