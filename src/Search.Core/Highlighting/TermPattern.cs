using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Search.Core.Highlighting;

/// <summary>A rule that says whether an indexed term of a field matched the query.</summary>
internal abstract class TermPattern
{
    protected TermPattern(string field) => Field = field;

    public string Field { get; }

    public abstract bool Matches(string term);

    /// <summary>The key a term match is scored under: expansions of one pattern share the pattern's weight per term.</summary>
    public virtual string Key(string term) => term;

    /// <summary>
    /// An enumerator over the indexed terms of a field that may match, narrowed where the pattern allows (an automaton
    /// or a range seeks past what cannot match); callers still test each term with <see cref="Matches"/>.
    /// </summary>
    public virtual TermsEnum Candidates(Terms terms) => terms.GetEnumerator();
}

/// <summary>One exact term (from a term query, or a single-term phrase).</summary>
internal sealed class ExactTermPattern(string field, string term) : TermPattern(field)
{
    public string Term { get; } = term;

    public override bool Matches(string term) => string.Equals(term, Term, StringComparison.Ordinal);
}

/// <summary>Terms accepted by an automaton: wildcards, regular expressions, fuzzy terms.</summary>
internal sealed class AutomatonPattern(string field, Automaton automaton) : TermPattern(field)
{
    private readonly CharacterRunAutomaton _run = new(automaton);
    private readonly CompiledAutomaton _compiled = new(automaton);

    public override bool Matches(string term) => _run.Run(term);

    public override TermsEnum Candidates(Terms terms) => _compiled.GetTermsEnum(terms);
}

/// <summary>Terms starting with a prefix.</summary>
internal sealed class PrefixPattern(string field, string prefix) : TermPattern(field)
{
    public override bool Matches(string term) => term.StartsWith(prefix, StringComparison.Ordinal);

    public override TermsEnum Candidates(Terms terms) => new PrefixTermsEnum(terms.GetEnumerator(), new BytesRef(prefix));
}

/// <summary>Terms within a range (ordinal order, as the index sorts UTF-8 terms).</summary>
internal sealed class RangePattern(string field, string? lower, string? upper, bool includeLower, bool includeUpper) : TermPattern(field)
{
    public override bool Matches(string term)
    {
        var aboveLower = lower is null || (includeLower ? string.CompareOrdinal(term, lower) >= 0 : string.CompareOrdinal(term, lower) > 0);
        var belowUpper = upper is null || (includeUpper ? string.CompareOrdinal(term, upper) <= 0 : string.CompareOrdinal(term, upper) < 0);
        return aboveLower && belowUpper;
    }

    public override TermsEnum Candidates(Terms terms) => new TermRangeTermsEnum(terms.GetEnumerator(),
        lower is null ? null : new BytesRef(lower), upper is null ? null : new BytesRef(upper), includeLower, includeUpper);
}

/// <summary>One position of a phrase: any of its terms may stand there.</summary>
/// <param name="Offset">Position relative to the phrase start (stop words leave gaps).</param>
/// <param name="Terms">Accepted terms.</param>
internal sealed record PhraseSlot(int Offset, IReadOnlyList<string> Terms);

/// <summary>A phrase whose words only count where they occur together, within <paramref name="Slop"/> moves.</summary>
/// <param name="Field">The field.</param>
/// <param name="Slots">The phrase positions, in order.</param>
/// <param name="Slop">Allowed position moves (0 for an exact phrase).</param>
internal sealed record PhrasePattern(string Field, IReadOnlyList<PhraseSlot> Slots, int Slop)
{
    /// <summary>The scoring key of an occurrence of this phrase.</summary>
    public string Key => string.Join(' ', Slots.Select(s => s.Terms[0]));
}
