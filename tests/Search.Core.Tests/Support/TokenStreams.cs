using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Tests.Support;

/// <summary>Reads the terms a token stream produces, for analysis tests.</summary>
public static class TokenStreams
{
    public static List<string> Terms(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
