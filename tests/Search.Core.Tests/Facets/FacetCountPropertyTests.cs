using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Every facet count, over random queries and random selections, equals a brute-force count over the source
/// records — drill-sideways counts and missing buckets included — on an index of several segments with updated
/// and deleted documents.
/// </summary>
public sealed class FacetCountPropertyTests : IDisposable
{
    private const int Documents = 3000;
    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
    private static readonly string[] Outlets = Enumerable.Range(1, 12).Select(i => $"Outlet {i:D2}").ToArray();
    /// <summary>Spellings of names that other values have, and the value each is counted as (see <see cref="SpellingMerge"/>).</summary>
    private static readonly Dictionary<string, string> Spellings = new()
    {
        ["other/Entity 03"] = "person/Entity 03",
        ["person/ENTITY 06"] = "person/Entity 06",
        ["place/Entity 07"] = "place/Éntity 07",
        ["other/Entity 05"] = "organisation/Entity 05",
    };

    /// <summary>Forty entities, the spellings above, and one name of two types beside an untyped spelling, which stays apart.</summary>
    private static readonly string[] EntityValues =
    [
        .. Enumerable.Range(1, 40).Select(i => $"{(i % 3 == 0 ? "person" : i % 3 == 1 ? "place" : "organisation")}/Entity {i:D2}"),
        .. Spellings.Keys.Where(k => k != "place/Entity 07"), "place/Éntity 07", "place/Entity 09", "other/Entity 09",
    ];
    private static readonly FacetDimension[] Counted = [IndexSchema.Outlet, IndexSchema.Date, IndexSchema.Entity, IndexSchema.Type];

    private readonly RAMDirectory _directory = new();
    private readonly Dictionary<string, IndexRecord> _records = [];
    private readonly DirectoryReader _reader;

    public FacetCountPropertyTests()
    {
        var random = new Random(20241227);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, new NewsAnalyzer())
        {
            MaxBufferedDocs = 400,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < Documents; i++)
            {
                var record = RandomRecord(random, $"doc-{i:D5}");
                _records[record.Id] = record;
                writer.AddDocument(DocumentFactory.Create(record));
            }
            writer.Commit();
            for (var i = 0; i < 300; i++)
            {
                var id = $"doc-{random.Next(Documents):D5}";
                if (random.Next(2) == 0)
                {
                    writer.DeleteDocuments(new Term(IndexSchema.Id.Name, id));
                    _records.Remove(id);
                }
                else
                {
                    var updated = RandomRecord(random, id);
                    writer.UpdateDocument(new Term(IndexSchema.Id.Name, id), DocumentFactory.Create(updated));
                    _records[id] = updated;
                }
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void The_index_under_test_has_several_segments_and_deletions()
    {
        Assert.True(_reader.Leaves.Count > 3, $"only {_reader.Leaves.Count} segments");
        Assert.True(_reader.HasDeletions);
        Assert.Equal(_records.Count, _reader.NumDocs);
    }

    [Fact]
    public void Counts_equal_brute_force_counts_for_random_queries_and_selections()
    {
        var random = new Random(7);
        var searcher = new IndexSearcher(_reader);
        var state = new FacetReaderState(_reader);
        for (var round = 0; round < 250; round++)
        {
            var (query, matches) = RandomQuery(random);
            var selection = RandomSelection(random);
            var requests = Counted.Select(d => new FacetRequest(d, 10_000, Depth: int.MaxValue)).ToList();

            var outcome = FacetedSearch.Run(searcher, state, query, selection, requests, new TotalHitCountCollector());

            var matching = _records.Values.Where(matches).ToList();
            var context = $"round {round}: query {query}, selection {Describe(selection)}";
            Assert.True(matching.Count(r => Passes(r, selection, except: null)) == outcome.TotalHits, $"total hits differ in {context}");
            foreach (var facet in outcome.Facets)
            {
                var dimension = IndexSchema.FindDimension(facet.Dimension)!;
                var counted = matching.Where(r => Passes(r, selection, except: dimension)).ToList();
                var expected = counted.SelectMany(r => CountedValues(r, dimension)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                var actual = Flatten(facet.Values).ToDictionary(v => v.Value, v => v.Count);
                Assert.True(expected.Count == actual.Count && expected.All(e => actual.GetValueOrDefault(e.Key) == e.Value),
                    $"{dimension.Name} counts differ in {context}: expected {string.Join(", ", expected.OrderBy(e => e.Key))} got {string.Join(", ", actual.OrderBy(e => e.Key))}");
                Assert.True(counted.Count(r => dimension.ValuesOf(r).Count == 0) == facet.Missing, $"{dimension.Name} missing count differs in {context}");
            }
        }
    }

    [Fact]
    public void Top_values_are_ordered_by_count_then_value_and_selected_values_are_always_listed()
    {
        var searcher = new IndexSearcher(_reader);
        var selected = EntityValues[^1];
        var selection = new FacetSelection([new DimensionSelection(IndexSchema.Entity, [selected])], null);

        var outcome = FacetedSearch.Run(searcher, new FacetReaderState(_reader), new MatchAllDocsQuery(), selection,
            [new FacetRequest(IndexSchema.Entity, 5)], new TotalHitCountCollector());

        var values = outcome.Facets[0].Values;
        var top = values.Take(5).ToList();
        Assert.Equal(top.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Select(v => v.Value), top.Select(v => v.Value));
        Assert.Contains(values, v => v.Value == selected && v.Selected);
        Assert.Equal(EntityValues.Length - Spellings.Count, outcome.Facets[0].DistinctValues);
    }

    private static IEnumerable<FacetValue> Flatten(IEnumerable<FacetValue> values) =>
        values.SelectMany(v => new[] { v }.Concat(Flatten(v.Children)));

    private static IndexRecord RandomRecord(Random random, string id)
    {
        var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        var entities = Enumerable.Range(0, random.Next(0, 5)).Select(_ => EntityValues[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * EntityValues.Length)]).Distinct().ToList();
        return new IndexRecord
        {
            Kind = random.Next(4) == 0 ? RecordKinds.Claim : RecordKinds.Article,
            Id = id,
            ArticleId = id,
            Title = id,
            Body = string.Join(' ', words),
            Outlet = random.Next(10) == 0 ? null : Outlets[random.Next(Outlets.Length)],
            Published = RandomDate(random),
            Entities = entities,
        };
    }

    private static PartialDate? RandomDate(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => new PartialDate(2019 + random.Next(3)),
        2 or 3 => new PartialDate(2019 + random.Next(3), 1 + random.Next(12)),
        _ => new PartialDate(2019 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)),
    };

    private static (Query Query, Func<IndexRecord, bool> Matches) RandomQuery(Random random)
    {
        if (random.Next(4) == 0)
        {
            return (new MatchAllDocsQuery(), _ => true);
        }
        var first = Words[random.Next(Words.Length)];
        if (random.Next(2) == 0)
        {
            return (Term(first), r => HasWord(r, first));
        }
        var second = Words[random.Next(Words.Length)];
        var both = new BooleanQuery { { Term(first), Occur.MUST }, { Term(second), Occur.MUST } };
        return (both, r => HasWord(r, first) && HasWord(r, second));

        static TermQuery Term(string word) => new(new Term(IndexSchema.Body.Name, word));
        static bool HasWord(IndexRecord r, string word) => r.Body.Split(' ').Contains(word);
    }

    private static FacetSelection RandomSelection(Random random)
    {
        var selections = new List<DimensionSelection>();
        if (random.Next(2) == 0)
        {
            selections.Add(new DimensionSelection(IndexSchema.Outlet, Pick(random, Outlets, 3)));
        }
        if (random.Next(2) == 0)
        {
            selections.Add(new DimensionSelection(IndexSchema.Entity, Pick(random, EntityValues, 2)));
        }
        if (random.Next(3) == 0)
        {
            selections.Add(new DimensionSelection(IndexSchema.Type, [random.Next(2) == 0 ? RecordKinds.Article : RecordKinds.Claim]));
        }
        if (random.Next(3) == 0)
        {
            string[] dates = ["2019", "2020-03", "2021-07-15", "2020", "unknown", "2021-11"];
            selections.Add(new DimensionSelection(IndexSchema.Date, Pick(random, dates, 2)));
        }
        DayRange? range = null;
        if (random.Next(3) == 0)
        {
            var from = new DateOnly(2019, 1, 1).AddDays(random.Next(900));
            range = new DayRange(random.Next(4) == 0 ? null : from, random.Next(4) == 0 ? null : from.AddDays(random.Next(400)));
        }
        return new FacetSelection(selections, range);
    }

    private static List<string> Pick(Random random, string[] values, int most) =>
        Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => values[random.Next(values.Length)]).Distinct().ToList();

    /// <summary>The oracle: whether a record satisfies every selection but the one of <paramref name="except"/>.</summary>
    private static bool Passes(IndexRecord record, FacetSelection selection, FacetDimension? except)
    {
        foreach (var chosen in selection.Dimensions.Where(d => d.Dimension != except))
        {
            var values = CountedValues(record, chosen.Dimension);
            var missingChosen = chosen.Dimension.MissingLabel is { } label && chosen.Values.Contains(label);
            if (!(values.Intersect(chosen.Values.Select(v => Spellings.GetValueOrDefault(v, v))).Any() || (missingChosen && values.Count == 0)))
            {
                return false;
            }
        }
        if (selection.Range is { } range && except != IndexSchema.Date)
        {
            return record.Published is { } date && range.Overlaps(date);
        }
        return true;
    }

    /// <summary>The oracle's values of a record: each spelling as the value it is counted as, once.</summary>
    private static List<string> CountedValues(IndexRecord record, FacetDimension dimension) =>
        dimension.ValuesOf(record).Select(v => dimension == IndexSchema.Entity ? Spellings.GetValueOrDefault(v, v) : v).Distinct().ToList();

    private static string Describe(FacetSelection selection) =>
        string.Join("; ", selection.Dimensions.Select(d => $"{d.Dimension.Name}={string.Join("|", d.Values)}")) +
        (selection.Range is { } r ? $"; range {r.From}..{r.To}" : "");

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
