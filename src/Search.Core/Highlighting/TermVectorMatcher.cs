using Lucene.Net.Index;

namespace Search.Core.Highlighting;

/// <summary>
/// Finds where a query matched in one field of one document by reading that document's term vector (terms with
/// positions and offsets stored at index time), so no text is analysed again per hit.
/// </summary>
internal static class TermVectorMatcher
{
    private readonly record struct Token(int Position, int Start, int End, string Term);

    /// <param name="vectors">The document's term vectors (all fields, read once per document).</param>
    /// <param name="field">The field to read.</param>
    /// <param name="query">What to look for.</param>
    /// <param name="maxOffset">Matches starting at or after this offset are ignored (and reported as truncation).</param>
    public static FieldMatches Find(Fields? vectors, string field, HighlightQuery query, int maxOffset)
    {
        if (!query.Targets(field) || vectors?.GetTerms(field) is not { } vector)
        {
            return FieldMatches.None;
        }
        var exact = query.Terms.OfType<ExactTermPattern>().Where(p => p.Field == field).Select(p => p.Term).ToHashSet(StringComparer.Ordinal);
        var patterns = query.Terms.Where(p => p.Field == field && p is not ExactTermPattern).ToList();
        var phrases = query.Phrases.Where(p => p.Field == field).ToList();
        var phraseTerms = phrases.SelectMany(p => p.Slots).SelectMany(s => s.Terms).ToHashSet(StringComparer.Ordinal);

        var spans = new List<MatchSpan>();
        var phraseTokens = new Dictionary<string, List<Token>>(StringComparer.Ordinal);
        var truncated = false;
        DocsAndPositionsEnum? positions = null;
        var terms = vector.GetEnumerator();
        while (terms.MoveNext())
        {
            var term = terms.Term.Utf8ToString();
            var pattern = exact.Contains(term) ? null : patterns.FirstOrDefault(p => p.Matches(term));
            var single = exact.Contains(term) || pattern is not null;
            var inPhrase = phraseTerms.Contains(term);
            if (!single && !inPhrase)
            {
                continue;
            }
            positions = terms.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocsAndPositionsEnum.NO_MORE_DOCS)
            {
                continue;
            }
            var key = pattern?.Key(term) ?? term;
            List<Token>? tokens = null;
            if (inPhrase)
            {
                tokens = [];
                phraseTokens[term] = tokens;
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
                if (single)
                {
                    spans.Add(new MatchSpan(start, end, key));
                }
                tokens?.Add(new Token(position, start, end, term));
            }
        }
        foreach (var phrase in phrases)
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
        var first = phrase.Slots[0];
        foreach (var anchor in byPosition[0].Values.OrderBy(t => t.Position))
        {
            var basePosition = anchor.Position - first.Offset;
            var found = new List<Token> { anchor };
            for (var i = 1; i < phrase.Slots.Count && found.Count == i; i++)
            {
                var expected = basePosition + phrase.Slots[i].Offset;
                for (var delta = 0; delta <= phrase.Slop; delta++)
                {
                    if (byPosition[i].TryGetValue(expected + delta, out var token) || (delta > 0 && byPosition[i].TryGetValue(expected - delta, out token)))
                    {
                        found.Add(token);
                        break;
                    }
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
}
