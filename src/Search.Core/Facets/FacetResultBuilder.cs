namespace Search.Core.Facets;

/// <summary>Turns a counter's touched ordinals into the top values (and, for hierarchies, their top children).</summary>
internal static class FacetResultBuilder
{
    public static FacetResult Build(DimensionCounter counter, FacetRequest request, IReadOnlyList<string> selected)
    {
        var ordinals = counter.Ordinals;
        var top = request.Top;
        var selectedOrds = selected.Select(ordinals.Find).Where(o => o >= 0).ToHashSet();
        IReadOnlyList<FacetValue> values;
        int distinct;
        if (request.IsSearch)
        {
            var matching = counter.Touched.Where(ord => ordinals.Label(ord) is var label
                && (request.Within is null || label.StartsWith(request.Within, StringComparison.Ordinal))
                && (request.Prefix is null || FacetValueMatcher.Matches(label, request.Prefix))).ToList();
            values = Top(counter, matching, top, []).Select(ord => Value(ord, [])).ToList();
            distinct = matching.Count;
        }
        else if (ordinals.Parents is { } parents)
        {
            var children = counter.Touched.ToLookup(ord => parents[ord]);
            values = Level(-1);
            distinct = children[-1].Count();

            IReadOnlyList<FacetValue> Level(int parent) =>
                Top(counter, children[parent], top, selectedOrds)
                    .Select(ord => Value(ord, Level(ord)))
                    .ToList();
        }
        else
        {
            values = Top(counter, counter.Touched, top, selectedOrds).Select(ord => Value(ord, [])).ToList();
            distinct = counter.Touched.Count;
        }
        return new FacetResult(ordinals.Dimension.Name, values, distinct, counter.Missing, ordinals.Dimension.MissingLabel);

        FacetValue Value(int ord, IReadOnlyList<FacetValue> childValues) =>
            new(ordinals.Label(ord), counter.CountOf(ord), selectedOrds.Contains(ord), childValues);
    }

    /// <summary>
    /// The <paramref name="top"/> ordinals by count, ties by ordinal (which is value order), followed by any selected
    /// ordinal that did not make the cut, so a selected value can always be seen and cleared.
    /// </summary>
    private static List<int> Top(DimensionCounter counter, IEnumerable<int> candidates, int top, HashSet<int> selected)
    {
        var queue = new PriorityQueue<int, (int Count, int Ord)>(Comparer<(int Count, int Ord)>.Create(
            (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        var all = new List<int>();
        foreach (var ord in candidates)
        {
            all.Add(ord);
            queue.Enqueue(ord, (counter.CountOf(ord), ord));
            if (queue.Count > top)
            {
                queue.Dequeue();
            }
        }
        var best = new List<int>(queue.Count);
        while (queue.TryDequeue(out var ord, out _))
        {
            best.Add(ord);
        }
        best.Reverse();
        best.AddRange(all.Where(o => selected.Contains(o) && !best.Contains(o)).Order());
        return best;
    }
}
