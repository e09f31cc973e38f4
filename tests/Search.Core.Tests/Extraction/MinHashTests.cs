using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public sealed class MinHashTests
{
    [Fact]
    public void The_signature_is_the_min_of_each_multiply_shift_hash_over_the_mixed_five_word_shingles()
    {
        // Signatures are stored in the index and compared with those of other articles, so the vectorised computation
        // must keep the scalar definition exactly: here it is, written out once more, over random plain words.
        var random = new Random(20261126);
        for (var text = 0; text < 50; text++)
        {
            var words = Enumerable.Range(0, random.Next(5, 400))
                .Select(_ => new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
                .ToArray();

            Assert.Equal(Reference(words), MinHash.Signature(string.Join(' ', words)));
        }
    }

    [Fact]
    public void Texts_shorter_than_one_shingle_have_no_signature()
    {
        Assert.Empty(MinHash.Signature("four words only here"));
        Assert.Equal(MinHash.Size, MinHash.Signature("five words make one shingle").Length);
    }

    private static uint[] Reference(string[] words)
    {
        var signature = Enumerable.Repeat(uint.MaxValue, MinHash.Size).ToArray();
        for (var i = 0; i + 5 <= words.Length; i++)
        {
            var shingle = 0UL;
            for (var w = i; w < i + 5; w++)
            {
                shingle = (shingle * 0x100000001B3UL) ^ Fnv1a(words[w]);
            }
            shingle = Mix(shingle);
            for (var k = 0; k < MinHash.Size; k++)
            {
                var multiplier = Mix((ulong)(k + 1) * 0x9E3779B97F4A7C15UL) | 1;
                var increment = Mix((ulong)(k + 1 + MinHash.Size) * 0x9E3779B97F4A7C15UL);
                signature[k] = Math.Min(signature[k], (uint)(((shingle * multiplier) + increment) >> 32));
            }
        }
        return signature;
    }

    private static ulong Fnv1a(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
