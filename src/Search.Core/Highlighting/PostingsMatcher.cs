using Lucene.Net.Index;

namespace Search.Core.Highlighting;

/// <summary>
/// Finds where a query matched in one field of one document by reading the postings of the query's terms, which carry
/// character offsets, at that document — so no text is analysed again per hit and only the query's terms are read.
/// </summary>
internal static class PostingsMatcher
{
    private readonly record struct Token(int Position, int Start, int End, string Term);

    /// <summary>
    /// One field of one segment, kept for all the hits of a search there: the terms to look for, and the term and
    /// postings enumerators reused from hit to hit (each new postings enumerator allocates its block buffers).
    /// </summary>
    internal sealed class SegmentFieldCursor(AtomicReader segment, string field, IReadOnlyList<TermLookup> lookups)
    {
        public IReadOnlyList<TermLookup> Lookups { get; } = lookups;

        public TermsEnum? Terms { get; } = lookups.Count == 0 ? null : segment.GetTerms(field)?.GetEnumerator();

        public DocsAndPositionsEnum? Positions { get; set; }
    }

    /// <param name="cursor">The field's terms in the document's segment, and what to look for there.</param>
    /// <param name="doc">The document, numbered within the segment.</param>
    /// <param name="plan">The phrases to assemble from their words' positions.</param>
    /// <param name="maxOffset">Matches ending after this offset are ignored (and reported as truncation).</param>
    public static FieldMatches Find(SegmentFieldCursor cursor, int doc, FieldHighlightPlan plan, int maxOffset)
    {
        if (cursor.Lookups.Count == 0 || cursor.Terms is not { } termsEnum)
        {
            return FieldMatches.None;
        }
        var spans = new List<MatchSpan>();
        var phraseTokens = new Dictionary<string, List<Token>>(StringComparer.Ordinal);
        var truncated = false;
        foreach (var lookup in cursor.Lookups)
        {
            termsEnum.SeekExact(lookup.Bytes, lookup.State);
            var positions = cursor.Positions = termsEnum.DocsAndPositions(null, cursor.Positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.Advance(doc) != doc)
            {
                continue;
            }
            List<Token>? tokens = null;
            if (lookup.InPhrase)
            {
                tokens = [];
                phraseTokens[lookup.Term] = tokens;
            }
            for (var i = positions.Freq; i > 0; i--)
            {
                var position = positions.NextPosition();
                var start = positions.StartOffset;
                var end = positions.EndOffset;
                if (start < 0)
                {
                    break; // no offsets stored for this field
                }
                if (end > maxOffset)
                {
                    truncated = true;
                    break; // offsets grow with positions: the rest are beyond the limit too
                }
                if (lookup.Single)
                {
                    spans.Add(new MatchSpan(start, end, lookup.Key));
                }
                tokens?.Add(new Token(position, start, end, lookup.Term));
            }
        }
        foreach (var phrase in plan.Phrases)
        {
            spans.AddRange(Occurrences(phrase, phraseTokens));
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new FieldMatches(spans, truncated);
    }

    /// <summary>
    /// Every place where all slots of the phrase are filled at the right relative positions (give or take the slop).
    /// An exact phrase is one span from its first word to its last; a sloppy phrase may have other words between
    /// its own, even a sentence end, so each of its words is marked on its own.
    /// </summary>
    private static IEnumerable<MatchSpan> Occurrences(PhrasePattern phrase, Dictionary<string, List<Token>> tokens)
    {
        var byPosition = phrase.Slots
            .Select(slot => slot.Terms
                .SelectMany(t => tokens.GetValueOrDefault(t) ?? [])
                .GroupBy(t => t.Position)
                .ToDictionary(g => g.Key, g => g.First()))
            .ToList();
        var sortedPositions = byPosition.Select(slot => slot.Keys.Order().ToArray()).ToList();
        var first = phrase.Slots[0];
        foreach (var anchor in byPosition[0].Values.OrderBy(t => t.Position))
        {
            var basePosition = anchor.Position - first.Offset;
            var found = new List<Token> { anchor };
            for (var i = 1; i < phrase.Slots.Count && found.Count == i; i++)
            {
                var expected = basePosition + phrase.Slots[i].Offset;
                if (Nearest(sortedPositions[i], expected, phrase.Slop) is { } position)
                {
                    found.Add(byPosition[i][position]);
                }
            }
            if (found.Count != phrase.Slots.Count)
            {
                continue;
            }
            if (phrase.Slop == 0)
            {
                yield return new MatchSpan(found.Min(t => t.Start), found.Max(t => t.End), phrase.Key);
            }
            else
            {
                foreach (var token in found)
                {
                    yield return new MatchSpan(token.Start, token.End, token.Term);
                }
            }
        }
    }

    /// <summary>
    /// The position in <paramref name="sorted"/> closest to <paramref name="expected"/>, at most <paramref name="slop"/>
    /// away, the later one on a tie; <c>null</c> if there is none. A binary search, so that a huge slop ("a b"~99999999,
    /// which users can type) costs no more than a small one.
    /// </summary>
    private static int? Nearest(int[] sorted, int expected, int slop)
    {
        var at = Array.BinarySearch(sorted, expected);
        if (at >= 0)
        {
            return expected;
        }
        at = ~at;
        var after = at < sorted.Length ? (long)sorted[at] - expected : long.MaxValue;
        var before = at > 0 ? (long)expected - sorted[at - 1] : long.MaxValue;
        var distance = Math.Min(after, before);
        return distance > slop ? null : after <= before ? sorted[at] : sorted[at - 1];
    }
}
