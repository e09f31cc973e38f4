using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>Builds the query for one word or phrase in every searchable text field, each with its boost.</summary>
internal static class FieldQueries
{
    /// <summary>A term or phrase query per text field, OR'ed; scores add up across fields as in the classic parser.</summary>
    public static Query AnyField(AnalyzedPhrase phrase, float boost = 1f)
    {
        var any = new BooleanQuery { Boost = boost };
        foreach (var field in IndexSchema.SearchedText)
        {
            var query = InField(field.Name, phrase);
            query.Boost = field.Boost;
            any.Add(query, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A term query, or a phrase query keeping the gaps stop words left.</summary>
    public static Query InField(string field, AnalyzedPhrase phrase)
    {
        if (phrase.IsSingleTerm)
        {
            return new TermQuery(new Term(field, phrase.Terms[0]));
        }
        var query = new PhraseQuery();
        for (var i = 0; i < phrase.Terms.Count; i++)
        {
            query.Add(new Term(field, phrase.Terms[i]), phrase.Positions[i]);
        }
        return query;
    }
}
