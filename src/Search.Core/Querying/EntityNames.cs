using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>
/// Every entity of a reader with its article count, and a sorted index of the words of their names and of the other
/// names the gazetteer knows them by, so that a prefix finds the entities with a word starting with it by binary search.
/// Built once per reader.
/// </summary>
internal sealed class EntityNames
{
    private readonly (string Name, string Value, int Count)[] _entities;
    // The words of each name of the few entities the gazetteer knows other names for; the rest have only their own.
    private readonly Dictionary<int, string[][]> _otherForms = [];
    private readonly (string Word, int Entity)[] _words;

    private EntityNames((string Name, string Value, int Count)[] entities, Func<string, IReadOnlyList<string>> otherNames)
    {
        _entities = entities;
        var words = new List<(string Word, int Entity)>();
        for (var i = 0; i < entities.Length; i++)
        {
            var others = otherNames(entities[i].Value);
            if (others.Count == 0)
            {
                words.AddRange(Words(entities[i].Name).Select(word => (word, i)));
                continue;
            }
            var forms = new[] { entities[i].Name }.Concat(others).Select(name => Words(name).ToArray()).Where(w => w.Length > 0)
                .DistinctBy(w => string.Join(' ', w)).ToArray();
            _otherForms[i] = forms;
            words.AddRange(forms.SelectMany(form => form).Distinct().Select(word => (word, i)));
        }
        _words = [.. words.OrderBy(w => w.Word, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Counts the articles of each entity of <paramref name="reader"/> from the ordinals its searches already use. Claim
    /// documents carry their article's entities too, and are not counted: a suggestion says how many articles name it.
    /// </summary>
    /// <param name="reader">The index.</param>
    /// <param name="facets">Its facet state.</param>
    /// <param name="otherNames">The other names of an entity, by its facet value ("Zelenskyy" for "person/Volodymyr Zelensky").</param>
    public static EntityNames Build(IndexReader reader, FacetReaderState facets, Func<string, IReadOnlyList<string>>? otherNames = null)
    {
        var ordinals = facets.For(IndexSchema.Entity);
        using var counter = new DimensionCounter(ordinals);
        var articles = new IndexSearcher(reader).CreateNormalizedWeight(IndexSchema.Type.Matching(RecordKinds.Article));
        foreach (var leaf in reader.Leaves)
        {
            counter.SetSegment(leaf.Ord);
            var docs = articles.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (docs is null)
            {
                continue;
            }
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                counter.Count(doc);
            }
        }
        var entities = counter.Touched
            .Select(ord => (Label: ordinals.Label(ord), Count: counter.CountOf(ord)))
            .Select(e => (EntityLabel.Split(e.Label).Name, e.Label, e.Count))
            .ToArray();
        return new EntityNames(entities, otherNames ?? (_ => []));
    }

    /// <summary>Entities one of whose names has a word starting with every word of <paramref name="prefix"/>, most frequent first.</summary>
    public IEnumerable<(string Name, string Value, int Count)> Matching(string prefix)
    {
        var words = Words(prefix).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var candidates = WithWordStarting(words[^1]);
        return candidates
            .Where(i => (_otherForms.TryGetValue(i, out var forms) ? forms : [Words(_entities[i].Name).ToArray()])
                .Any(name => words.All(w => name.Any(n => n.StartsWith(w, StringComparison.Ordinal)))))
            .Select(i => _entities[i])
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
    }

    private HashSet<int> WithWordStarting(string word)
    {
        var low = 0;
        var high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_words[middle].Word, word) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var found = new HashSet<int>();
        for (var i = low; i < _words.Length && _words[i].Word.StartsWith(word, StringComparison.Ordinal); i++)
        {
            found.Add(_words[i].Entity);
        }
        return found;
    }

    /// <summary>
    /// Lower-case words folded to ASCII as search folds them, so "zele" finds "Zelenskyy", "kyiv" finds "Kyïv" and
    /// "holow" finds "Hołownia" (a letter of its own, which no decomposition strips).
    /// </summary>
    private static IEnumerable<string> Words(string text) =>
        AccentFolding.Fold(text.ToLowerInvariant()).Split([' ', '-', '\'', '’', '.', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
}
