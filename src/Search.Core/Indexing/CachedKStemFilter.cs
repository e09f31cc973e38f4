using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Indexing;

/// <summary>
/// Stems exactly as Lucene's <see cref="KStemFilter"/> does, but remembers the stem of each short word it has seen.
/// Inside an indexing run Krovetz stemming took about a seventh of the indexing thread: every word is looked up in its
/// dictionary, and with Lucene's buffers churning through memory those look-ups miss the processor's caches. Here a
/// word of up to twelve letters a–z is packed into one 64-bit number and found in a compact table of such numbers, so
/// nearly every token costs one probe of memory that stays cached.
/// </summary>
/// <remarks>
/// Lucene.Net keeps the stemmer itself internal, so a miss runs the real <see cref="KStemFilter"/> over a one-token
/// stream: the stems are Lucene's by construction. A filter belongs to one thread's analysis chain (Lucene reuses a
/// thread's components), so the table needs no lock; it stops taking words when half full, which the frequent ones
/// fill first, and which keeps every probe short and always ends it at an empty slot. Words with other characters, or
/// longer ones, are stemmed each time.
/// </remarks>
internal sealed class CachedKStemFilter : TokenFilter
{
    /// <summary>Slots of the table (a power of two); at most half are filled.</summary>
    internal const int Slots = 1 << 16;

    private const int MaxPackedLetters = 12;

    // The top bit of a key, above the twelve letters' 60 bits: the word stems to itself (most words do).
    private const ulong UnchangedFlag = 1UL << 63;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly OneToken _missSource = new();
    private readonly KStemFilter _stemmer;
    private readonly ulong[] _keys = new ulong[Slots];
    private readonly string?[] _stems = new string?[Slots];
    private int _count;

    public CachedKStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _stemmer = new KStemFilter(_missSource);
    }

    /// <summary>How many words the table holds (for tests).</summary>
    internal int CachedWords => _count;

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_keyword.IsKeyword)
        {
            return true;
        }
        var word = _term.Buffer.AsSpan(0, _term.Length);
        var key = Pack(word);
        var stem = key == 0 ? StemWithLucene(word) : Lookup(key, word);
        if (stem is not null)
        {
            _term.SetEmpty().Append(stem);
        }
        return true;
    }

    /// <summary>The word as five bits a letter, or 0 when it has other characters or more than twelve letters.</summary>
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPackedLetters)
        {
            return 0;
        }
        var key = 0UL;
        foreach (var c in word)
        {
            var letter = (uint)(c - 'a');
            if (letter > 'z' - 'a')
            {
                return 0;
            }
            key = (key << 5) | (letter + 1);
        }
        return key;
    }

    /// <summary>The stem of the packed word, or null when it stems to itself.</summary>
    private string? Lookup(ulong key, ReadOnlySpan<char> word)
    {
        const int Mask = Slots - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> 48) & Mask;
        while (_keys[slot] != 0)
        {
            if ((_keys[slot] & ~UnchangedFlag) == key)
            {
                return (_keys[slot] & UnchangedFlag) != 0 ? null : _stems[slot];
            }
            slot = (slot + 1) & Mask;
        }
        var stem = StemWithLucene(word);
        if (_count < Slots / 2)
        {
            _keys[slot] = key | (stem is null ? UnchangedFlag : 0);
            _stems[slot] = stem;
            _count++;
        }
        return stem;
    }

    /// <summary>Lucene's stem of the word, or null when it stems to itself.</summary>
    private string? StemWithLucene(ReadOnlySpan<char> word)
    {
        _missSource.Set(word);
        _stemmer.Reset();
        _stemmer.IncrementToken();
        var stemmed = _missSource.Term;
        return word.SequenceEqual(stemmed) ? null : stemmed.ToString();
    }

    /// <summary>A token stream that yields one given word, for the real stemmer to work on.</summary>
    private sealed class OneToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private bool _pending;

        public OneToken() => _term = AddAttribute<ICharTermAttribute>();

        public ReadOnlySpan<char> Term => _term.Buffer.AsSpan(0, _term.Length);

        public void Set(ReadOnlySpan<char> word)
        {
            _term.SetEmpty();
            _term.ResizeBuffer(word.Length);
            word.CopyTo(_term.Buffer);
            _term.SetLength(word.Length);
            _pending = true;
        }

        public override bool IncrementToken()
        {
            var pending = _pending;
            _pending = false;
            return pending;
        }
    }
}
