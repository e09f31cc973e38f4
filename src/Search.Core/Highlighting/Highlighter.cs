using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Text;

namespace Search.Core.Highlighting;

/// <summary>The highlighted parts of one hit.</summary>
/// <param name="Title">The title with its matches marked.</param>
/// <param name="Passages">The best passages of the body in document order (the lede when the body did not match).</param>
/// <param name="Truncated">Whether the body is longer than the analysed-characters limit and later matches were ignored.</param>
public sealed record HitHighlight(HighlightedText Title, IReadOnlyList<HighlightedText> Passages, bool Truncated);

/// <summary>Marks query matches in stored fields, using the offsets in the index's postings.</summary>
public sealed class Highlighter
{
    private readonly HighlightOptions _options;

    /// <summary>Creates a highlighter.</summary>
    public Highlighter(HighlightOptions options) => _options = options;

    /// <summary>The options in force.</summary>
    public HighlightOptions Options => _options;

    /// <summary>Prepares a query for highlighting hits of one search on the lease's reader.</summary>
    internal static PreparedHighlight Prepare(Query? query, SearcherLease lease) =>
        new(HighlightQuery.From(query), lease.Searcher.IndexReader, TermWeights.Of(lease));

    /// <summary>Marks the title and picks the best body passages of a hit.</summary>
    internal HitHighlight Hit(PreparedHighlight prepared, int docId, string titleField, string title, string bodyField, string body,
        IReadOnlyList<TextSpan> sentences, int passages, int passageLength)
    {
        var titleMatches = prepared.Find(docId, titleField, _options.MaxAnalyzedChars);
        if (passages <= 0)
        {
            return new HitHighlight(MarkAll(title, titleMatches), [], false); // no passages asked for: the body is not read for matches
        }
        var bodyMatches = prepared.Find(docId, bodyField, _options.MaxAnalyzedChars);
        var selected = PassageSelector.Select(body, sentences, bodyMatches.Spans, key => prepared.Weight(bodyField, key), passages, passageLength);
        return new HitHighlight(MarkAll(title, titleMatches), selected, bodyMatches.Truncated);
    }

    /// <summary>Marks every match in a whole field.</summary>
    internal (HighlightedText Text, bool Truncated) Full(PreparedHighlight prepared, int docId, string field, string text)
    {
        var matches = prepared.Find(docId, field, _options.MaxAnalyzedChars);
        return (MarkAll(text, matches), matches.Truncated);
    }

    private static HighlightedText MarkAll(string text, FieldMatches matches) =>
        new(text, PassageSelector.Merge(matches.Spans.Where(m => m.End <= text.Length).Select(m => TextSpan.FromBounds(m.Start, m.End))));
}

/// <summary>
/// A query ready for highlighting the hits of one search, with per-segment lookups cached for that search and term
/// weights shared by every search on the reader. Not thread-safe: one search highlights its hits in turn.
/// </summary>
internal sealed class PreparedHighlight
{
    private readonly TermWeights _weights;
    private readonly Dictionary<(int Segment, string Field), PostingsMatcher.SegmentFieldCursor> _cursors = [];

    public PreparedHighlight(HighlightQuery query, IndexReader reader, TermWeights weights)
    {
        Query = query;
        Reader = reader;
        _weights = weights;
    }

    public HighlightQuery Query { get; }

    public IndexReader Reader { get; }

    /// <summary>Where the query matched in one field of a document (global document number).</summary>
    public FieldMatches Find(int docId, string field, int maxOffset)
    {
        if (Query.IsEmpty)
        {
            return FieldMatches.None;
        }
        var leaves = Reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var plan = Query.PlanFor(field);
        if (!_cursors.TryGetValue((leaf.Ord, field), out var cursor))
        {
            cursor = new PostingsMatcher.SegmentFieldCursor(leaf.AtomicReader, field, plan.LookupsIn(leaf.AtomicReader, field));
            _cursors[(leaf.Ord, field)] = cursor;
        }
        return PostingsMatcher.Find(cursor, docId - leaf.DocBase, plan, maxOffset);
    }

    /// <summary>BM25's idf of a term; a phrase weighs the sum of its words.</summary>
    public double Weight(string field, string key) => _weights.Of(field, key);
}
