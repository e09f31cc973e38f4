using Search.Core.Text;

namespace Search.Core.Highlighting;

/// <summary>
/// Chooses the passages that best show why a document matched. Passages are sentences (a window inside a sentence
/// longer than the passage length, cut at spaces). They are scored like Lucene's PostingsHighlighter: BM25 over the
/// document's sentences, each matched term weighted by its idf, with a small bonus for passages near the start.
/// The best are returned in document order.
/// </summary>
internal static class PassageSelector
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double Pivot = 87; // average sentence length in characters, as in Lucene's PassageScorer

    private const string Ellipsis = "…";

    private sealed record Candidate(int Start, int End, bool CutBefore, bool CutAfter, List<MatchSpan> Matches, double Score);

    /// <param name="text">The field text.</param>
    /// <param name="sentences">Sentence spans of the text (computed at index time).</param>
    /// <param name="matches">Matches sorted by start.</param>
    /// <param name="weight">Weight of a match key (the idf of the term or phrase).</param>
    /// <param name="count">How many passages to return.</param>
    /// <param name="maxLength">Longest passage in characters.</param>
    public static IReadOnlyList<HighlightedText> Select(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<MatchSpan> matches,
        Func<string, double> weight, int count, int maxLength)
    {
        if (sentences.Count == 0 && text.Length > 0)
        {
            sentences = [new TextSpan(0, text.Length)];
        }
        if (count <= 0)
        {
            return [];
        }
        if (matches.Count == 0)
        {
            return Lede(text, sentences, maxLength);
        }
        var candidates = new List<Candidate>();
        var next = 0;
        foreach (var sentence in sentences)
        {
            while (next < matches.Count && matches[next].Start < sentence.Start)
            {
                next++;
            }
            var inSentence = new List<MatchSpan>();
            for (var i = next; i < matches.Count && matches[i].Start < sentence.End; i++)
            {
                inSentence.Add(matches[i]);
            }
            candidates.AddRange(Windows(text, sentence, inSentence, maxLength, weight));
        }
        return candidates
            .OrderByDescending(c => c.Score).ThenBy(c => c.Start)
            .Take(count)
            .OrderBy(c => c.Start)
            .Select(c => Render(text, c))
            .ToList();
    }

    /// <summary>The whole sentence when it fits; otherwise consecutive windows, each starting a little before its first match.</summary>
    private static IEnumerable<Candidate> Windows(string text, TextSpan sentence, List<MatchSpan> matches, int maxLength, Func<string, double> weight)
    {
        if (matches.Count == 0)
        {
            yield break;
        }
        if (sentence.Length <= maxLength)
        {
            yield return Scored(sentence.Start, sentence.End, false, false, matches, weight);
            yield break;
        }
        var i = 0;
        while (i < matches.Count)
        {
            var lead = Math.Min(maxLength / 4, Math.Max(0, maxLength - (matches[i].End - matches[i].Start)));
            var start = WordStartAtOrAfter(text, Math.Max(sentence.Start, matches[i].Start - lead), sentence.Start, matches[i].Start);
            var end = WordEndAtOrBefore(text, Math.Min(sentence.End, start + maxLength), sentence.End, matches[i].End);
            // Every match the window holds whole, also those before the match it opened for: the lead may reach back
            // over a match the previous window could not hold whole.
            var first = i;
            while (first > 0 && matches[first - 1].Start >= start)
            {
                first--;
            }
            var inWindow = new List<MatchSpan>();
            for (var m = first; m < matches.Count && matches[m].Start < end; m++)
            {
                if (matches[m].End <= end)
                {
                    inWindow.Add(matches[m]);
                }
            }
            // The next window opens at the first match this one does not hold whole.
            var next = i + 1;
            while (next < matches.Count && matches[next].End <= end)
            {
                next++;
            }
            i = next;
            yield return Scored(start, end, start > sentence.Start, end < sentence.End, inWindow, weight);
        }
    }

    private static Candidate Scored(int start, int end, bool cutBefore, bool cutAfter, List<MatchSpan> matches, Func<string, double> weight)
    {
        var length = end - start;
        var score = 0.0;
        foreach (var group in matches.GroupBy(m => m.Key))
        {
            var tf = group.Count();
            score += weight(group.Key) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / Pivot));
        }
        score *= 1 + 1 / Math.Log(Pivot + start);
        return new Candidate(start, end, cutBefore, cutAfter, matches, score);
    }

    private static HighlightedText Render(string text, Candidate passage)
    {
        var prefix = passage.CutBefore ? Ellipsis : "";
        var body = text[passage.Start..passage.End];
        var marks = Merge(passage.Matches.Select(m => TextSpan.FromBounds(
            Math.Max(m.Start, passage.Start) - passage.Start + prefix.Length,
            Math.Min(m.End, passage.End) - passage.Start + prefix.Length)));
        return new HighlightedText(prefix + body + (passage.CutAfter ? Ellipsis : ""), marks);
    }

    /// <summary>The first sentence, for documents whose body did not match (a title-only match).</summary>
    private static IReadOnlyList<HighlightedText> Lede(string text, IReadOnlyList<TextSpan> sentences, int maxLength)
    {
        if (sentences.Count == 0)
        {
            return [];
        }
        var first = sentences[0];
        if (first.Length <= maxLength)
        {
            return [HighlightedText.Plain(first.Of(text))];
        }
        var end = WordEndAtOrBefore(text, first.Start + maxLength, first.End, first.Start);
        return [HighlightedText.Plain(text[first.Start..end] + Ellipsis)];
    }

    /// <summary>Sorts and joins overlapping spans (a phrase and a term inside it become one mark).</summary>
    public static IReadOnlyList<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    /// <summary>
    /// Moves <paramref name="offset"/> forward to the start of a word, never past <paramref name="limit"/>, and past a
    /// dash or other punctuation standing alone there: a passage cut after a dateline starts "…A federal jury", not
    /// "…— A federal jury".
    /// </summary>
    private static int WordStartAtOrAfter(string text, int offset, int floor, int limit)
    {
        if (offset <= floor)
        {
            return floor;
        }
        var position = offset;
        while (position < limit && text[position - 1] != ' ')
        {
            position++;
        }
        while (position < limit && (char.IsPunctuation(text[position]) || char.IsSymbol(text[position])))
        {
            var end = position;
            while (end < limit && (char.IsPunctuation(text[end]) || char.IsSymbol(text[end])))
            {
                end++;
            }
            if (end >= limit || text[end] != ' ')
            {
                break;
            }
            position = end + 1;
        }
        return position;
    }

    /// <summary>Moves <paramref name="offset"/> back to the end of a word, never before <paramref name="floor"/>.</summary>
    private static int WordEndAtOrBefore(string text, int offset, int ceiling, int floor)
    {
        if (offset >= ceiling)
        {
            return ceiling;
        }
        var position = offset;
        while (position > floor && text[position] != ' ')
        {
            position--;
        }
        if (position <= floor)
        {
            // No space between the match and the limit: end after the match's word rather than inside it.
            position = floor;
            while (position < ceiling && text[position] != ' ')
            {
                position++;
            }
        }
        while (position > floor && text[position - 1] == ' ')
        {
            position--;
        }
        return position;
    }
}
