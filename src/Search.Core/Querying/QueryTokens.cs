using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>A token of query text: the analysed term, its position, and where it stands in the text.</summary>
internal readonly record struct QueryToken(string Term, int Position, int Start, int End);

internal static class QueryTokens
{
    /// <summary>Analyses <paramref name="text"/> as the index does, keeping positions and offsets.</summary>
    public static List<QueryToken> Of(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<QueryToken>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new QueryToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
