namespace Search.Core.Facets;

/// <summary>Turns a counter's touched ordinals into the top values (and, for hierarchies, their top children).</summary>
internal static class FacetResultBuilder
{
    private static readonly Comparer<(int Count, int Ord)> ByCountThenValue = Comparer<(int Count, int Ord)>.Create(
        (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord));

    public static FacetResult Build(DimensionCounter counter, FacetRequest request, IReadOnlyList<string> selected)
    {
        var ordinals = counter.Ordinals;
        var top = request.Top;
        var selectedOrds = new HashSet<int>();
        foreach (var value in selected)
        {
            var ord = ordinals.Find(value);
            if (ord >= 0)
            {
                selectedOrds.Add(ord);
            }
        }
        if (request.IsSearch)
        {
            var matching = new List<int>();
            foreach (var ord in counter.Touched)
            {
                var label = ordinals.Label(ord);
                if ((request.Within is null || label.StartsWith(request.Within, StringComparison.Ordinal))
                    && (request.Prefix is null || FacetValueMatcher.Matches(label, request.Prefix)))
                {
                    matching.Add(ord);
                }
            }
            return Result(counter, Flat(counter, matching, top, []), matching.Count);
        }
        if (ordinals.Roots is { } roots && ordinals.Children is { } children)
        {
            var onSelectedPath = new HashSet<int>();
            foreach (var ord in selectedOrds)
            {
                for (var at = ord; at >= 0; at = ordinals.Parents![at])
                {
                    onSelectedPath.Add(at);
                }
            }
            var counted = Counted(counter, roots);
            return Result(counter, Level(counted, 1), counted.Count);

            List<FacetValue> Level(List<int> candidates, int depth)
            {
                var best = Top(counter, candidates, top, selectedOrds);
                if (ordinals.Dimension.Name == Indexing.IndexSchema.Date.Name)
                {
                    best.Sort((a, b) => b.CompareTo(a)); // the busiest years and months, newest first, as a reader scans dates
                }
                var values = new List<FacetValue>(best.Count);
                foreach (var ord in best)
                {
                    var expand = depth < request.Depth || onSelectedPath.Contains(ord);
                    var below = expand && children[ord].Length > 0 ? Level(Counted(counter, children[ord]), depth + 1) : [];
                    values.Add(new FacetValue(ordinals.Label(ord), counter.CountOf(ord), selectedOrds.Contains(ord), below));
                }
                return values;
            }
        }
        return Result(counter, Flat(counter, counter.Touched, top, selectedOrds), counter.Touched.Count);
    }

    private static FacetResult Result(DimensionCounter counter, List<FacetValue> values, int distinct) =>
        new(counter.Ordinals.Dimension.Name, values, distinct, counter.Missing, counter.Ordinals.Dimension.MissingLabel);

    private static List<FacetValue> Flat(DimensionCounter counter, IReadOnlyList<int> candidates, int top, HashSet<int> selected)
    {
        var best = Top(counter, candidates, top, selected);
        var values = new List<FacetValue>(best.Count);
        foreach (var ord in best)
        {
            values.Add(new FacetValue(counter.Ordinals.Label(ord), counter.CountOf(ord), selected.Contains(ord), []));
        }
        return values;
    }

    /// <summary>The candidates that matching documents have.</summary>
    private static List<int> Counted(DimensionCounter counter, int[] candidates)
    {
        var counted = new List<int>();
        foreach (var ord in candidates)
        {
            if (counter.CountOf(ord) > 0)
            {
                counted.Add(ord);
            }
        }
        return counted;
    }

    /// <summary>
    /// The <paramref name="top"/> ordinals by count, ties by ordinal (which is value order), followed by any selected
    /// ordinal that did not make the cut, so a selected value can always be seen and cleared.
    /// </summary>
    private static List<int> Top(DimensionCounter counter, IReadOnlyList<int> candidates, int top, HashSet<int> selected)
    {
        var queue = new PriorityQueue<int, (int Count, int Ord)>(Math.Min(top, candidates.Count) + 1, ByCountThenValue);
        foreach (var ord in candidates)
        {
            var entry = (counter.CountOf(ord), ord);
            if (queue.Count < top)
            {
                queue.Enqueue(ord, entry);
            }
            else if (top > 0 && queue.TryPeek(out _, out var weakest) && ByCountThenValue.Compare(entry, weakest) > 0)
            {
                // Most values of a broad dimension (entities) rank below the current top: compared once, never queued.
                queue.DequeueEnqueue(ord, entry);
            }
        }
        var best = new List<int>(queue.Count + selected.Count);
        while (queue.TryDequeue(out var ord, out _))
        {
            best.Add(ord);
        }
        best.Reverse();
        if (selected.Count > 0)
        {
            foreach (var ord in candidates)
            {
                if (selected.Contains(ord) && !best.Contains(ord))
                {
                    best.Add(ord);
                }
            }
        }
        return best;
    }
}
