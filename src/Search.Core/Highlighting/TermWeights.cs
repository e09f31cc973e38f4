using System.Collections.Concurrent;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Highlighting;

/// <summary>
/// The BM25 idf of the terms and phrases passages are scored by, looked up once per reader: document frequencies do
/// not change while a reader is open, and seeking them in the terms dictionary on every search was about a tenth of a
/// search's time on a small index. Shared by all searches on the reader.
/// </summary>
internal sealed class TermWeights
{
    /// <summary>A bound on the entries, so a stream of distinct query words cannot grow the cache without limit.</summary>
    private const int MaxEntries = 100_000;

    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<(string Field, string Key), double> _weights = new();

    public TermWeights(IndexReader reader) => _reader = reader;

    /// <summary>The idf of <paramref name="key"/> in <paramref name="field"/>; a phrase weighs the sum of its words.</summary>
    public double Of(string field, string key)
    {
        if (_weights.TryGetValue((field, key), out var weight))
        {
            return weight;
        }
        weight = 0;
        foreach (var term in key.Split(' '))
        {
            weight += Idf(_reader.DocFreq(new Term(field, term)), _reader.MaxDoc);
        }
        if (_weights.Count < MaxEntries)
        {
            _weights.TryAdd((field, key), weight);
        }
        return weight;
    }

    /// <summary>The weights of the lease's reader, kept for the reader's lifetime.</summary>
    public static TermWeights Of(SearcherLease lease) => lease.State(reader => new TermWeights(reader));

    private static double Idf(int docFreq, int docCount) => Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}
