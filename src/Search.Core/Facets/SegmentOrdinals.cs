using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// One segment's values of one dimension as plain arrays of global ordinals, read once from the doc values when the
/// reader opens: counting and filtering then cost an array read per document instead of a doc-values decode.
/// Single-valued segments keep one ordinal per document (-1 for none); others keep each document's run of ordinals.
/// </summary>
internal sealed class SegmentOrdinals
{
    private readonly int[]? _single;
    private readonly int[]? _starts;
    private readonly int[]? _ords;

    private SegmentOrdinals(int[]? single, int[]? starts, int[]? ords, int distinctInSegment, bool everyDocumentHasOne)
    {
        _single = single;
        _starts = starts;
        _ords = ords;
        DistinctInSegment = distinctInSegment;
        EveryDocumentHasOne = everyDocumentHasOne;
    }

    /// <summary>Whether each document has at most one value (one array read per document).</summary>
    public bool IsSingleValued => _single is not null;

    /// <summary>Distinct values in the segment.</summary>
    public int DistinctInSegment { get; }

    /// <summary>Whether every document of the segment has exactly one value.</summary>
    public bool EveryDocumentHasOne { get; }

    /// <summary>For single-valued segments: the document's global ordinal, or -1.</summary>
    public int[] Single => _single!;

    /// <summary>For multi-valued segments: where each document's ordinals start in <see cref="Ords"/> (length maxDoc + 1).</summary>
    public int[] Starts => _starts!;

    /// <summary>For multi-valued segments: the ordinals of all documents, in document order, each document's sorted.</summary>
    public int[] Ords => _ords!;

    /// <summary>
    /// Reads a segment's values in one pass over the doc values (decoding them is the cost at reader open), then
    /// keeps the single-valued form when no document turned out to have two values.
    /// </summary>
    /// <param name="values">The segment's doc values.</param>
    /// <param name="maxDoc">The segment's size.</param>
    /// <param name="toGlobal">The global ordinal of each segment ordinal; <c>null</c> when they are equal.</param>
    /// <param name="mayRepeat">Whether <paramref name="toGlobal"/> maps two values to one, so a document's run is sorted
    /// again and cleared of repeats.</param>
    public static SegmentOrdinals Read(SortedSetDocValues values, int maxDoc, int[]? toGlobal, bool mayRepeat = false)
    {
        var starts = new int[maxDoc + 1];
        var ords = new int[Math.Max(16, maxDoc)];
        var position = 0;
        var multi = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = position;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (position == ords.Length)
                {
                    Array.Resize(ref ords, ords.Length * 2);
                }
                ords[position++] = toGlobal is null ? (int)ord : toGlobal[ord];
            }
            if (mayRepeat && position - starts[doc] > 1)
            {
                position = SortDistinct(ords, starts[doc], position);
            }
            multi |= position - starts[doc] > 1;
        }
        starts[maxDoc] = position;
        var distinct = (int)values.ValueCount;
        if (multi)
        {
            return new SegmentOrdinals(null, starts, ords.Length == position ? ords : ords[..position], distinct, false);
        }
        var single = new int[maxDoc];
        var everyOne = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var has = starts[doc + 1] > starts[doc];
            single[doc] = has ? ords[starts[doc]] : -1;
            everyOne &= has;
        }
        return new SegmentOrdinals(single, null, null, distinct, everyOne);
    }

    /// <summary>Sorts <paramref name="ords"/> from <paramref name="start"/> to <paramref name="end"/> and drops repeats; returns the new end.</summary>
    private static int SortDistinct(int[] ords, int start, int end)
    {
        var ascending = true;
        for (var i = start + 1; i < end && ascending; i++)
        {
            ascending = ords[i - 1] < ords[i];
        }
        if (ascending)
        {
            return end; // most documents: none of their values was merged into another
        }
        Array.Sort(ords, start, end - start);
        var kept = start + 1;
        for (var i = start + 1; i < end; i++)
        {
            if (ords[i] != ords[kept - 1])
            {
                ords[kept++] = ords[i];
            }
        }
        return kept;
    }
}
