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

    public static SegmentOrdinals Read(SortedSetDocValues values, int maxDoc, int[]? toGlobal)
    {
        var counts = new int[maxDoc];
        var total = 0L;
        var multi = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            values.SetDocument(doc);
            var n = 0;
            while (values.NextOrd() != SortedSetDocValues.NO_MORE_ORDS)
            {
                n++;
            }
            counts[doc] = n;
            total += n;
            multi |= n > 1;
        }
        var distinct = (int)values.ValueCount;
        if (!multi)
        {
            var single = new int[maxDoc];
            var everyOne = true;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (counts[doc] == 0)
                {
                    single[doc] = -1;
                    everyOne = false;
                    continue;
                }
                values.SetDocument(doc);
                var ord = values.NextOrd();
                single[doc] = toGlobal is null ? (int)ord : toGlobal[ord];
            }
            return new SegmentOrdinals(single, null, null, distinct, everyOne);
        }
        var starts = new int[maxDoc + 1];
        var ords = new int[total];
        var position = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = position;
            if (counts[doc] == 0)
            {
                continue;
            }
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords[position++] = toGlobal is null ? (int)ord : toGlobal[ord];
            }
        }
        starts[maxDoc] = position;
        return new SegmentOrdinals(null, starts, ords, distinct, false);
    }
}
