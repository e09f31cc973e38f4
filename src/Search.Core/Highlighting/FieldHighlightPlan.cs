using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Highlighting;

/// <summary>
/// The part of a <see cref="HighlightQuery"/> that concerns one field, worked out once per search rather than once
/// per hit: the exact terms to look up, the patterns to expand against the term dictionary, and the phrases.
/// </summary>
internal sealed class FieldHighlightPlan
{
    public FieldHighlightPlan(HighlightQuery query, string field)
    {
        Exact = query.Terms.OfType<ExactTermPattern>().Where(p => p.Field == field).Select(p => p.Term).ToHashSet(StringComparer.Ordinal);
        Patterns = query.Terms.Where(p => p.Field == field && p is not ExactTermPattern).ToArray();
        Phrases = query.Phrases.Where(p => p.Field == field).ToArray();
        PhraseTerms = Phrases.SelectMany(p => p.Slots).SelectMany(s => s.Terms).ToHashSet(StringComparer.Ordinal);
        Lookups = Exact.Union(PhraseTerms, StringComparer.Ordinal).Select(t => (t, new BytesRef(t))).ToArray();
    }

    /// <summary>Whether nothing in the query can match in the field.</summary>
    public bool IsEmpty => Exact.Count == 0 && Patterns.Length == 0 && Phrases.Length == 0;

    /// <summary>Terms marked wherever they occur.</summary>
    public HashSet<string> Exact { get; }

    /// <summary>Prefix, wildcard, fuzzy and range patterns, expanded to indexed terms once per segment.</summary>
    public TermPattern[] Patterns { get; }

    public PhrasePattern[] Phrases { get; }

    /// <summary>Terms that occur in some phrase: their positions are collected to find the phrase occurrences.</summary>
    public HashSet<string> PhraseTerms { get; }

    /// <summary>Exact and phrase terms with their UTF-8 bytes, for seeking in the index.</summary>
    public (string Term, BytesRef Bytes)[] Lookups { get; }

    /// <summary>
    /// How many indexed terms one pattern may expand to in one segment, as Lucene's multi-term queries cap their
    /// rewrites: a prefix like "a*" is marked by its first 1,024 terms rather than by every term of the index.
    /// </summary>
    public const int MaxExpansions = 1024;

    /// <summary>
    /// The terms of <paramref name="field"/> in one segment that can be marked — exact and phrase terms that the segment
    /// has, and the patterns' expansions — each with its seek state, so every hit in the segment seeks them directly.
    /// </summary>
    public IReadOnlyList<TermLookup> LookupsIn(AtomicReader segment, string field)
    {
        if (IsEmpty || segment.GetTerms(field) is not { HasOffsets: true } terms)
        {
            return [];
        }
        var found = new Dictionary<string, TermLookup>(StringComparer.Ordinal);
        var termsEnum = terms.GetEnumerator();
        foreach (var (term, bytes) in Lookups)
        {
            if (termsEnum.SeekExact(bytes))
            {
                found[term] = new TermLookup(term, term, Exact.Contains(term), PhraseTerms.Contains(term), bytes, termsEnum.GetTermState());
            }
        }
        foreach (var pattern in Patterns)
        {
            var candidates = pattern.Candidates(terms);
            var expansions = 0;
            while (expansions < MaxExpansions && candidates.MoveNext())
            {
                var term = candidates.Term.Utf8ToString();
                var known = found.GetValueOrDefault(term);
                if (known is not { Single: true } && pattern.Matches(term))
                {
                    expansions++;
                    found[term] = new TermLookup(term, pattern.Key(term), true, PhraseTerms.Contains(term), BytesRef.DeepCopyOf(candidates.Term), candidates.GetTermState());
                }
            }
        }
        return found.Values.ToList();
    }
}

/// <summary>An indexed term to look for in each hit of one segment.</summary>
/// <param name="Term">The term.</param>
/// <param name="Key">What its matches are scored under (the pattern's key for an expansion).</param>
/// <param name="Single">Whether it is marked wherever it occurs (not only inside a phrase).</param>
/// <param name="InPhrase">Whether its positions are needed to find phrase occurrences.</param>
/// <param name="Bytes">Its UTF-8 bytes.</param>
/// <param name="State">Where the segment's term dictionary keeps it, so a seek costs no lookup.</param>
internal sealed record TermLookup(string Term, string Key, bool Single, bool InPhrase, BytesRef Bytes, TermState State);
