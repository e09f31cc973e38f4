using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util.Automaton;

namespace Search.Core.Highlighting;

/// <summary>
/// What a query asks to be marked: the term patterns and phrases of its positive clauses. Clauses under NOT
/// contribute nothing, and the words of a phrase are only marked where the phrase occurs.
/// </summary>
internal sealed class HighlightQuery
{
    private HighlightQuery(IReadOnlyList<TermPattern> terms, IReadOnlyList<PhrasePattern> phrases)
    {
        Terms = terms;
        Phrases = phrases;
    }

    public IReadOnlyList<TermPattern> Terms { get; }

    public IReadOnlyList<PhrasePattern> Phrases { get; }

    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;

    private readonly Dictionary<string, FieldHighlightPlan> _plans = new(StringComparer.Ordinal);

    /// <summary>
    /// What to look for in <paramref name="field"/>, worked out on first use and kept for the other hits. Like the
    /// <see cref="PreparedHighlight"/> that owns it, used by one search at a time.
    /// </summary>
    public FieldHighlightPlan PlanFor(string field)
    {
        if (!_plans.TryGetValue(field, out var plan))
        {
            _plans[field] = plan = new FieldHighlightPlan(this, field);
        }
        return plan;
    }

    public static HighlightQuery From(Query? query)
    {
        var terms = new List<TermPattern>();
        var phrases = new List<PhrasePattern>();
        if (query is not null)
        {
            Walk(query, terms, phrases);
        }
        return new HighlightQuery(terms, phrases);
    }

    private static void Walk(Query query, List<TermPattern> terms, List<PhrasePattern> phrases)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Walk(clause.Query, terms, phrases);
                }
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Walk(disjunct, terms, phrases);
                }
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Walk(inner, terms, phrases);
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, terms, phrases);
                break;
            case TermQuery term:
                terms.Add(new ExactTermPattern(term.Term.Field, term.Term.Text));
                break;
            case PhraseQuery phrase:
                AddPhrase(phrase.GetTerms().Select(t => t.Field).FirstOrDefault(),
                    phrase.GetTerms().Zip(phrase.GetPositions(), (t, p) => new PhraseSlot(p, [t.Text])).ToList(), phrase.Slop, terms, phrases);
                break;
            case MultiPhraseQuery multi:
                AddPhrase(multi.GetTermArrays().SelectMany(a => a).Select(t => t.Field).FirstOrDefault(),
                    multi.GetTermArrays().Zip(multi.GetPositions(), (a, p) => new PhraseSlot(p, a.Select(t => t.Text).ToList())).ToList(), multi.Slop, terms, phrases);
                break;
            case PrefixQuery prefix:
                terms.Add(new PrefixPattern(prefix.Field, prefix.Prefix.Text));
                break;
            case FuzzyQuery fuzzy:
                terms.Add(new AutomatonPattern(fuzzy.Field, FuzzyAutomaton(fuzzy)));
                break;
            case AutomatonQuery automaton:
                terms.Add(new AutomatonPattern(automaton.Field, automaton.Automaton));
                break;
            case TermRangeQuery range:
                terms.Add(new RangePattern(range.Field, range.LowerTerm?.Utf8ToString(), range.UpperTerm?.Utf8ToString(), range.IncludesLower, range.IncludesUpper));
                break;
            case SpanTermQuery spanTerm:
                terms.Add(new ExactTermPattern(spanTerm.Term.Field, spanTerm.Term.Text));
                break;
            case SpanNearQuery near when near.IsInOrder && near.GetClauses().All(c => c is SpanTermQuery):
                var clauses = near.GetClauses().Cast<SpanTermQuery>().ToList();
                AddPhrase(near.Field, clauses.Select((c, i) => new PhraseSlot(i, [c.Term.Text])).ToList(), near.Slop, terms, phrases);
                break;
            case SpanNearQuery near:
                foreach (var clause in near.GetClauses())
                {
                    Walk(clause, terms, phrases);
                }
                break;
            case SpanOrQuery or:
                foreach (var clause in or.GetClauses())
                {
                    Walk(clause, terms, phrases);
                }
                break;
        }
    }

    private static void AddPhrase(string? field, List<PhraseSlot> slots, int slop, List<TermPattern> terms, List<PhrasePattern> phrases)
    {
        if (field is null || slots.Count == 0)
        {
            return;
        }
        if (slots.Count == 1)
        {
            terms.AddRange(slots[0].Terms.Select(t => new ExactTermPattern(field, t)));
            return;
        }
        phrases.Add(new PhrasePattern(field, slots, slop));
    }

    /// <summary>The terms a fuzzy query accepts: its fixed prefix followed by anything within its edit distance of the rest.</summary>
    private static Automaton FuzzyAutomaton(FuzzyQuery fuzzy)
    {
        var text = fuzzy.Term.Text;
        var prefixLength = Math.Min(fuzzy.PrefixLength, text.Length);
        var levenshtein = new LevenshteinAutomata(text[prefixLength..], fuzzy.Transpositions).ToAutomaton(fuzzy.MaxEdits);
        return BasicOperations.Concatenate(BasicAutomata.MakeString(text[..prefixLength]), levenshtein);
    }
}
