using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>
/// Builds the query for plain words (and quoted phrases): each word, phrase or multi-word synonym entry is a concept
/// that matches its own wording or any synonym; short queries need every concept, longer ones most of them; words
/// that stand close together earn a bonus; a word the index does not know is corrected from the index's terms.
/// </summary>
internal sealed class PlainQueryBuilder
{
    private readonly Analyzer _analyzer;
    private readonly RelevanceOptions _options;

    public PlainQueryBuilder(Analyzer analyzer, RelevanceOptions options)
    {
        _analyzer = analyzer;
        _options = options;
    }

    /// <summary>The query, or <c>null</c> when nothing searchable is left.</summary>
    public PlainQuery? Build(string text, SynonymSet synonyms, IndexReader? reader, IReadOnlySet<string>? uncorrected = null)
    {
        var concepts = new List<QueryConcept>();
        var corrections = new List<(int Start, int End, string Surface)>();
        var unknown = new List<string>();
        var question = QuestionWords.IsQuestion(text);
        foreach (var segment in QueryText.Segments(text))
        {
            if (segment.Quoted)
            {
                // Quotation marks ask for the words as written: "spy agency" finds no "National Intelligence Service".
                if (SynonymSet.Analyze(_analyzer, segment.Text) is { } phrase)
                {
                    concepts.Add(new QueryConcept(phrase, segment.Text, [], Quoted: true));
                }
                continue;
            }
            AddWords(segment, synonyms, reader, uncorrected, concepts, corrections, unknown, question);
        }
        if (concepts.Count == 0)
        {
            return null;
        }
        var corrected = corrections.Count == 0 ? null : Apply(text, corrections);
        var expansions = concepts.Where(c => c.Alternatives.Count > 0)
            .Select(c => $"{c.Surface} → {string.Join(", ", c.Alternatives.Select(a => a.Text))}")
            .ToList();
        var replaced = corrections.Select(c => text[c.Start..c.End]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new PlainQuery(Compose(concepts), concepts, corrected, expansions, unknown, replaced);
    }

    /// <summary>Groups the words of an unquoted segment into concepts, longest synonym entry first.</summary>
    private void AddWords(QueryText.Segment segment, SynonymSet synonyms, IndexReader? reader, IReadOnlySet<string>? uncorrected, List<QueryConcept> concepts,
        List<(int Start, int End, string Surface)> corrections, List<string> unknown, bool question)
    {
        var tokens = QueryTokens.Of(_analyzer, segment.Text);
        if (question)
        {
            tokens.RemoveAll(t => QuestionWords.IsFiller(segment.Text[t.Start..t.End]));
        }
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            for (var length = Math.Min(synonyms.LongestEntry, tokens.Count - i); length >= 2 && !matched; length--)
            {
                var window = tokens.GetRange(i, length);
                var key = string.Join(' ', window.Select(t => t.Term));
                if (synonyms.Contains(key))
                {
                    var surface = segment.Text[window[0].Start..window[^1].End];
                    var phrase = new AnalyzedPhrase(surface, window.Select(t => t.Term).ToList(), window.Select(t => t.Position - window[0].Position).ToList());
                    concepts.Add(new QueryConcept(phrase, surface, synonyms.AlternativesOf(key), Quoted: false));
                    i += length;
                    matched = true;
                }
            }
            if (matched)
            {
                continue;
            }
            if (ClosedCompoundAt(segment.Text, tokens, i, reader) is { } compound)
            {
                // "heat wave": the articles may write it closed, "heatwave", as they write "coastguard"; either finds it.
                var parts = tokens.GetRange(i, 2);
                var surface = segment.Text[parts[0].Start..parts[1].End];
                var phrase = new AnalyzedPhrase(surface, [parts[0].Term, parts[1].Term], [0, 1]);
                concepts.Add(new QueryConcept(phrase, surface, [.. synonyms.AlternativesOf(compound.Key), compound], Quoted: false));
                i += 2;
                continue;
            }
            var name = NameAt(segment.Text, tokens, i, reader);
            if (name > 1)
            {
                // "Porto Alegre airport": a name of several words is one thing asked for, not two of three words of
                // which any two will do; the airport is then required.
                var parts = tokens.GetRange(i, name);
                var surface = segment.Text[parts[0].Start..parts[^1].End];
                var phrase = new AnalyzedPhrase(surface, parts.Select(t => t.Term).ToList(), parts.Select(t => t.Position - parts[0].Position).ToList());
                concepts.Add(new QueryConcept(phrase, surface, synonyms.AlternativesOf(phrase.Key), Quoted: false, IsName: true));
                i += name;
                continue;
            }
            if (PercentAfterNumber(tokens, i) is var percent and > 0)
            {
                // "40 percent", "40 per cent": a share, asked for as "40%" is, not the two words anywhere.
                var parts = tokens.GetRange(i, percent);
                var surface = segment.Text[parts[0].Start..parts[^1].End];
                var phrase = new AnalyzedPhrase(surface, [parts[0].Term, "percent"], [0, 1]);
                concepts.Add(new QueryConcept(phrase, surface, WithPartsReplaced(phrase, synonyms), Quoted: true));
                i += percent;
                continue;
            }
            var whole = WordOf(segment.Text, tokens, i);
            if (whole > 1)
            {
                // One typed word the analyzer split ("兵士", "Jong-un", "40%"): its parts must stand together.
                var parts = tokens.GetRange(i, whole);
                var surface = segment.Text[parts[0].Start..parts[^1].End];
                var phrase = new AnalyzedPhrase(surface, parts.Select(t => t.Term).ToList(), parts.Select(t => t.Position - parts[0].Position).ToList());
                var alternatives = synonyms.AlternativesOf(phrase.Key);
                concepts.Add(new QueryConcept(phrase, surface, alternatives.Count > 0 ? alternatives : WithPartsReplaced(phrase, synonyms), Quoted: true));
                i += whole;
                continue;
            }
            var token = tokens[i++];
            var word = segment.Text[token.Start..token.End];
            var term = token.Term;
            if (reader is not null && !synonyms.Contains(term) && SpellingCorrector.IsUnknown(reader, term) && OpenCompound(word, reader) is { } open)
            {
                // "heatwave" where the articles write "heat wave": searched as they write it, and said so.
                concepts.Add(new QueryConcept(new AnalyzedPhrase(word, [term], [0]), word, [open], Quoted: false));
                continue;
            }
            if (reader is not null && !synonyms.Contains(term) && SpellingCorrector.IsUnknown(reader, term))
            {
                // A figure is never a misspelling: "16,300" is asked about as it is, not as the 16,200 some article gives.
                if (uncorrected?.Contains(word) != true && !word.Any(char.IsDigit) && SpellingCorrector.Correct(reader, term, word) is { } correction)
                {
                    corrections.Add((segment.Start + token.Start, segment.Start + token.End, correction.Surface));
                    (term, word) = (correction.Term, correction.Surface);
                }
                else
                {
                    unknown.Add(word);
                }
            }
            // An abbreviation keeps the period the tokenizer leaves off its end: "U.S." is shown as typed, not as "U.S".
            var shown = word.Contains('.') && token.End < segment.Text.Length && segment.Text[token.End] == '.' ? word + "." : word;
            // A capitalised word opening the query may just open a sentence ("Election results Moldova"): it is a name
            // only when some entity is called just that; further on, when it is a word of some entity's name.
            var isName = reader is not null && IsCapitalised(segment.Text, token)
                && (IsWholeEntityName(reader, word) || (segment.Start + token.Start > 0 && InEntityNames(reader, term)));
            concepts.Add(new QueryConcept(new AnalyzedPhrase(word, [term], [0]), shown, synonyms.AlternativesOf(term), Quoted: false, isName));
        }
    }

    /// <summary>
    /// How many tokens from <paramref name="start"/> spell a name typed with capitals that the index knows as an entity's
    /// ("Porto Alegre", "Rio Grande do Sul"): at least two capitalised words, with only a lower-case particle between
    /// them, each of them a word of some entity's name. "Kursk Casualties" typed in title case is no name: no entity's
    /// name holds "casualties". Zero when there is none, or no index to ask.
    /// </summary>
    private static int NameAt(string text, List<QueryToken> tokens, int start, IndexReader? reader)
    {
        if (reader is null || !IsCapitalised(text, tokens[start]) || !InEntityNames(reader, tokens[start].Term))
        {
            return 0;
        }
        var last = start;
        for (var t = start + 1; t < tokens.Count; t++)
        {
            if (IsCapitalised(text, tokens[t]) && InEntityNames(reader, tokens[t].Term))
            {
                last = t;
            }
            else if (!NameParticles.Contains(tokens[t].Term) || t + 1 >= tokens.Count || !IsCapitalised(text, tokens[t + 1]))
            {
                break;
            }
        }
        if (last == start)
        {
            return 0;
        }
        // Each word being some entity's is not enough ("Zelensky Kursk" names two): the run must be one name.
        var name = new PhraseQuery();
        for (var t = start; t <= last; t++)
        {
            name.Add(new Term(IndexSchema.EntityNames.Name, tokens[t].Term), tokens[t].Position - tokens[start].Position);
        }
        return new IndexSearcher(reader).Search(name, 1).TotalHits > 0 ? last - start + 1 : 0;
    }

    private static bool IsCapitalised(string text, QueryToken token) => char.IsUpper(text[token.Start]);

    /// <summary>
    /// The one word two typed words at <paramref name="start"/> make when written closed ("heat wave" or "heat-wave",
    /// "heatwave"), when the index holds it; <c>null</c> otherwise, or with no index to ask.
    /// </summary>
    private AnalyzedPhrase? ClosedCompoundAt(string text, List<QueryToken> tokens, int start, IndexReader? reader)
    {
        const int MinPart = 3;
        if (reader is null || start + 1 >= tokens.Count || tokens[start + 1].Position != tokens[start].Position + 1)
        {
            return null;
        }
        var (first, second) = (tokens[start], tokens[start + 1]);
        if (first.End - first.Start < MinPart || second.End - second.Start < MinPart || text.AsSpan(first.End, second.Start - first.End) is not (" " or "-")
            || !AllLetters(text.AsSpan(first.Start, first.End - first.Start)) || !AllLetters(text.AsSpan(second.Start, second.End - second.Start)))
        {
            return null;
        }
        var closed = string.Concat(text.AsSpan(first.Start, first.End - first.Start), text.AsSpan(second.Start, second.End - second.Start));
        return SynonymSet.Analyze(_analyzer, closed) is { Terms.Count: 1 } compound && !SpellingCorrector.IsUnknown(reader, compound.Terms[0]) ? compound : null;
    }

    /// <summary>
    /// The two words a typed word the index lacks makes when written open ("heatwave", "heat wave"), when the index holds
    /// both; of several ways to split it, the one whose rarer word is the most common. <c>null</c> when there is none.
    /// </summary>
    private AnalyzedPhrase? OpenCompound(string word, IndexReader reader)
    {
        const int MinPart = 3;
        AnalyzedPhrase? best = null;
        var bestFrequency = 0;
        if (!AllLetters(word))
        {
            return null;
        }
        for (var split = MinPart; split <= word.Length - MinPart; split++)
        {
            var open = $"{word[..split]} {word[split..]}";
            if (SynonymSet.Analyze(_analyzer, open) is not { Terms.Count: 2 } phrase)
            {
                continue;
            }
            var frequency = Math.Min(reader.DocFreq(new Term(IndexSchema.Body.Name, phrase.Terms[0])), reader.DocFreq(new Term(IndexSchema.Body.Name, phrase.Terms[1])));
            if (frequency > bestFrequency)
            {
                (best, bestFrequency) = (phrase, frequency);
            }
        }
        return best;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether an entity of a built-in type is called exactly <paramref name="name"/> ("country/Moldova").</summary>
    private static bool IsWholeEntityName(IndexReader reader, string name)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetSortedSetDocValues(IndexSchema.Entity.Name) is not { } values)
            {
                continue;
            }
            foreach (var type in EntityLabel.BuiltInTypes)
            {
                if (values.LookupTerm(new BytesRef(EntityLabel.Create(type, name))) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool InEntityNames(IndexReader reader, string term) => reader.DocFreq(new Term(IndexSchema.EntityNames.Name, term)) > 0;

    private static readonly HashSet<string> NameParticles = new(["do", "da", "de", "dos", "das", "del", "la", "van", "von", "der", "al", "bin"], StringComparer.Ordinal);

    /// <summary>
    /// The phrase with one of its words replaced by each of that word's synonyms: "40%", read "40 percent", is also
    /// "40 per cent".
    /// </summary>
    private static List<AnalyzedPhrase> WithPartsReplaced(AnalyzedPhrase phrase, SynonymSet synonyms)
    {
        var alternatives = new List<AnalyzedPhrase>();
        for (var i = 0; i < phrase.Terms.Count; i++)
        {
            foreach (var synonym in synonyms.AlternativesOf(phrase.Terms[i]))
            {
                var shift = synonym.Positions[^1];
                var terms = phrase.Terms.Take(i).Concat(synonym.Terms).Concat(phrase.Terms.Skip(i + 1)).ToList();
                var positions = phrase.Positions.Take(i)
                    .Concat(synonym.Positions.Select(p => phrase.Positions[i] + p))
                    .Concat(phrase.Positions.Skip(i + 1).Select(p => p + shift))
                    .ToList();
                alternatives.Add(new AnalyzedPhrase(string.Join(' ', terms), terms, positions));
            }
        }
        return alternatives;
    }

    /// <summary>How many tokens a number at <paramref name="start"/> and the word "percent" ("per cent", "pct") after it take; 0 when there is none.</summary>
    private static int PercentAfterNumber(List<QueryToken> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !tokens[start].Term.All(char.IsAsciiDigit) || tokens[start + 1].Position != tokens[start].Position + 1)
        {
            return 0;
        }
        return tokens[start + 1].Term switch
        {
            "percent" or "pct" => 2,
            "per" when start + 2 < tokens.Count && tokens[start + 2].Term == "cent" && tokens[start + 2].Position == tokens[start].Position + 2 => 3,
            _ => 0,
        };
    }

    /// <summary>How many tokens from <paramref name="start"/> come from the same white-space-delimited word.</summary>
    private static int WordOf(string text, List<QueryToken> tokens, int start)
    {
        var count = 1;
        while (start + count < tokens.Count && !text.AsSpan(tokens[start + count - 1].End, tokens[start + count].Start - tokens[start + count - 1].End).ContainsAny(' ', '\t'))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// All concepts of a short query, most of a longer one. Names typed with capitals are what a longer query is about
    /// ("Moldova election results" is not answered by a French election's results): they are required, and most of
    /// the other words, at least one.
    /// </summary>
    private Query Compose(List<QueryConcept> concepts)
    {
        var required = RelevanceOptions.MinimumShouldMatch(concepts.Count);
        var names = required < concepts.Count ? concepts.Count(c => c.IsName) : 0;
        var all = new BooleanQuery();
        foreach (var concept in concepts)
        {
            all.Add(ConceptQuery(concept), required == concepts.Count || concept.IsName ? Occur.MUST : Occur.SHOULD);
        }
        if (required < concepts.Count)
        {
            var others = concepts.Count - names;
            all.MinimumNumberShouldMatch = names == 0 ? required : Math.Min(others, Math.Max(1, required - names));
        }
        var words = concepts.Where(c => !c.Quoted).SelectMany(c => c.Phrase.Terms).ToList();
        if (words.Count < 2)
        {
            return all;
        }
        // Closeness only adds to the score; which documents match is decided by the concepts alone.
        var near = new PhraseQuery { Slop = _options.ProximitySlopPerWord * words.Count, Boost = _options.ProximityBoost };
        foreach (var word in words)
        {
            near.Add(new Term(IndexSchema.Body.Name, word));
        }
        var scored = new BooleanQuery { { all, Occur.MUST }, { near, Occur.SHOULD } };
        // Like closeness, the words of a name only add to the score of documents that have the name.
        foreach (var name in concepts.Where(c => c.IsName && c.Phrase.Terms.Count > 1))
        {
            foreach (var term in name.Phrase.Terms.Distinct())
            {
                scored.Add(FieldQueries.AnyField(new AnalyzedPhrase(term, [term], [0]), _options.NameWordBoost), Occur.SHOULD);
            }
        }
        return scored;
    }

    /// <summary>The words as typed, or any synonym (weighted lower); the best-matching wording counts.</summary>
    private Query ConceptQuery(QueryConcept concept)
    {
        if (concept.Alternatives.Count == 0)
        {
            return FieldQueries.AnyField(concept.Phrase);
        }
        var wordings = new DisjunctionMaxQuery(0.1f) { FieldQueries.AnyField(concept.Phrase) };
        foreach (var alternative in concept.Alternatives)
        {
            wordings.Add(FieldQueries.AnyField(alternative, _options.SynonymBoost));
        }
        return wordings;
    }

    private static string Apply(string text, List<(int Start, int End, string Surface)> corrections)
    {
        var result = text;
        foreach (var (start, end, surface) in corrections.OrderByDescending(c => c.Start))
        {
            result = string.Concat(result.AsSpan(0, start), surface, result.AsSpan(end));
        }
        return result;
    }
}

/// <summary>The outcome of building a plain query.</summary>
/// <param name="Query">The Lucene query.</param>
/// <param name="Concepts">What it asks for.</param>
/// <param name="CorrectedText">The query text with misspellings corrected, when any were.</param>
/// <param name="Expansions">The synonyms used, for display ("casualties → killed, wounded").</param>
/// <param name="Unknown">Words as typed that no article holds and that have no correction (nor synonyms).</param>
/// <param name="Replaced">Words as typed that no article holds and that were corrected.</param>
internal sealed record PlainQuery(Query Query, IReadOnlyList<QueryConcept> Concepts, string? CorrectedText, IReadOnlyList<string> Expansions,
    IReadOnlyList<string> Unknown, IReadOnlyList<string> Replaced);
