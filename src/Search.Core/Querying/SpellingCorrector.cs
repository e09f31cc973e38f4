using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// Corrects a word the index does not contain, from the index's own terms: candidates within one edit for words of
/// five letters or more and two edits from nine letters (Levenshtein automata intersected with the term dictionary),
/// the closest first; among equally close ones the one sharing the longest start with the typed word (typos at the
/// end of a word, and truncated words, are the most common), then the most frequent. The correction is shown in the words the
/// articles use, read at the offsets the index's postings keep.
/// </summary>
internal static class SpellingCorrector
{
    private const int MinLength = 5;
    private const int TwoEditsLength = 9;
    private const int SurfaceSamples = 3;

    /// <summary>A correction: the analysed term to search and the word to show.</summary>
    public sealed record Correction(string Term, string Surface);

    /// <summary>Whether no searchable text field of the index holds <paramref name="term"/>.</summary>
    public static bool IsUnknown(IndexReader reader, string term) =>
        IndexSchema.SearchedText.All(field => reader.DocFreq(new Term(field.Name, term)) == 0);

    /// <summary>The best correction of <paramref name="term"/> (typed as <paramref name="surface"/>), if any.</summary>
    public static Correction? Correct(IndexReader reader, string term, string surface)
    {
        var maxEdits = surface.Length >= TwoEditsLength ? 2 : surface.Length >= MinLength ? 1 : 0;
        if (maxEdits == 0 || term.Length < 2)
        {
            return null;
        }
        var field = IndexSchema.Body.Name;
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }
        // The first letter is kept, as spell checkers commonly do: typos rarely hit it and it prunes the search.
        var automaton = BasicOperations.Concatenate(
            BasicAutomata.MakeString(term[..1]),
            new LevenshteinAutomata(term[1..], withTranspositions: true).ToAutomaton(maxEdits));
        var candidates = new CompiledAutomaton(automaton).GetTermsEnum(terms);
        string? best = null;
        var bestRank = (Distance: int.MaxValue, Prefix: 0, Frequency: 0);
        while (candidates.MoveNext())
        {
            var candidate = candidates.Term.Utf8ToString();
            var rank = (Distance: EditDistance.Between(term, candidate), Prefix: CommonPrefix(term, candidate), Frequency: candidates.DocFreq);
            if (rank.Distance > 0 && IsBetter(rank, bestRank))
            {
                (best, bestRank) = (candidate, rank);
            }
        }
        return best is null ? null : new Correction(best, SurfaceOf(reader, field, best, surface) ?? best);
    }

    private static bool IsBetter((int Distance, int Prefix, int Frequency) a, (int Distance, int Prefix, int Frequency) b) =>
        a.Distance != b.Distance ? a.Distance < b.Distance : a.Prefix != b.Prefix ? a.Prefix > b.Prefix : a.Frequency > b.Frequency;

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }
        return length;
    }

    /// <summary>How articles write <paramref name="term"/>: the occurrence closest to what the user typed.</summary>
    private static string? SurfaceOf(IndexReader reader, string field, string term, string typed)
    {
        var forms = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var positions = leaf.AtomicReader.GetTermPositionsEnum(new Term(field, term));
            while (positions is not null && forms.Count < SurfaceSamples && positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                forms.AddRange(Occurrences(positions, leaf.AtomicReader.Document(positions.DocID).Get(field)));
            }
            if (forms.Count >= SurfaceSamples)
            {
                break;
            }
        }
        // A dateline's capitals ("RIEDLINGEN —") are no way to show a word typed "Riedlingn".
        var best = forms.OrderBy(f => EditDistance.Between(f.ToLowerInvariant(), typed.ToLowerInvariant()))
            .ThenBy(f => IsAllCapitals(f) != IsAllCapitals(typed)).FirstOrDefault();
        return best is null ? null
            : char.IsLower(typed[0]) ? best.ToLowerInvariant()
            : IsAllCapitals(best) && !IsAllCapitals(typed) ? best[..1] + best[1..].ToLowerInvariant()
            : best;
    }

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The words as written where the positions enumerator's current document has its term.</summary>
    private static List<string> Occurrences(DocsAndPositionsEnum positions, string? text)
    {
        if (text is null)
        {
            return [];
        }
        var forms = new List<string>();
        for (var i = positions.Freq; i > 0; i--)
        {
            positions.NextPosition();
            if (positions.StartOffset >= 0 && positions.EndOffset <= text.Length)
            {
                forms.Add(text[positions.StartOffset..positions.EndOffset]);
            }
        }
        return forms;
    }
}
