using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Stops collecting once a search has used its time budget, so no query — however broad or expensive — holds a
/// searcher longer than the budget. The results gathered so far are returned, flagged as partial.
/// </summary>
internal sealed class DeadlineCollector : ICollector
{
    private const int CheckEvery = 1024;
    private readonly ICollector _inner;
    private readonly long _deadline;
    private int _sinceCheck;

    public DeadlineCollector(ICollector inner, TimeSpan budget)
    {
        _inner = inner;
        _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
    }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        _inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck >= CheckEvery)
        {
            _sinceCheck = 0;
            Check();
        }
        _inner.Collect(doc);
    }

    private void Check()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new SearchTimeoutException();
        }
    }
}

/// <summary>Signals that a search ran out of its time budget; caught by the search that set the budget.</summary>
internal sealed class SearchTimeoutException : Exception;
