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
    public static uint[] Signature(string text)
    {
        var words = Words.Tokenize(text).Select(t => t.Key).ToArray();
        if (words.Length < ShingleWords)
        {
            return [];
        }
        var signature = Enumerable.Repeat(uint.MaxValue, Size).ToArray();
        for (var i = 0; i + ShingleWords <= words.Length; i++)
        {
            var shingle = Fnv(words, i);
            for (var k = 0; k < Size; k++)
            {
                var value = (uint)(Mix(shingle ^ Seeds[k]) >> 32);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
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

    /// <summary>The signature as bytes, for storing.</summary>
    public static byte[] Encode(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>A signature from stored bytes.</summary>
    public static uint[] Decode(byte[] bytes, int offset, int length)
    {
        var signature = new uint[length / 4];
        Buffer.BlockCopy(bytes, offset, signature, 0, signature.Length * 4);
        return signature;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    private static ulong Fnv(string[] words, int start)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
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
