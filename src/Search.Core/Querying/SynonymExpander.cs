using Lucene.Net.Search;
using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>
/// Adds synonyms to a query written in Lucene syntax: each term or phrase with synonyms becomes "it or any synonym"
/// in the same field, the synonyms weighted lower. Clauses under NOT are expanded too, so excluding a word also
/// excludes its synonyms; but words the reader put in quotation marks are searched as written, included or excluded.
/// </summary>
internal static class SynonymExpander
{
    /// <param name="query">The parsed query.</param>
    /// <param name="synonyms">The synonyms.</param>
    /// <param name="synonymBoost">The weight of a synonym relative to the word typed.</param>
    /// <param name="expansions">Receives a line per expanded word, for the response.</param>
    /// <param name="literal">Keys (analysed words) of the quoted phrases, which keep no synonyms.</param>
    public static Query Expand(Query query, SynonymSet synonyms, float synonymBoost, List<string> expansions, IReadOnlySet<string> literal)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                var expanded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    expanded.Add(Expand(clause.Query, synonyms, synonymBoost, expansions, literal), clause.Occur);
                }
                return expanded;
            case TermQuery term:
                return literal.Contains(term.Term.Text) ? query : WithAlternatives(query, term.Term.Field, term.Term.Text, synonyms, synonymBoost, expansions);
            case PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms().Length > 0:
                var key = string.Join(' ', phrase.GetTerms().Select(t => t.Text));
                return literal.Contains(key) ? query : WithAlternatives(query, phrase.GetTerms()[0].Field, key, synonyms, synonymBoost, expansions);
            default:
                return query;
        }
    }

    private static Query WithAlternatives(Query original, string field, string key, SynonymSet synonyms, float synonymBoost, List<string> expansions)
    {
        var alternatives = synonyms.AlternativesOf(key);
        if (alternatives.Count == 0)
        {
            return original;
        }
        var summary = $"{key} → {string.Join(", ", alternatives.Select(a => a.Text))}";
        if (!expansions.Contains(summary))
        {
            expansions.Add(summary);
        }
        var any = new DisjunctionMaxQuery(0.1f) { original };
        foreach (var alternative in alternatives)
        {
            var query = FieldQueries.InField(field, alternative);
            query.Boost = original.Boost * synonymBoost;
            any.Add(query);
        }
        return any;
    }
}
