using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>
/// Completes what the user is typing from entity names (by article count) and article titles (by relevance to the
/// words typed so far, the last word as a prefix).
/// </summary>
public sealed class Suggester
{
    /// <summary>Longest prefix accepted.</summary>
    public const int MaxPrefixLength = 100;

    /// <summary>Shortest word being typed that is completed as a prefix of title words.</summary>
    public const int MinExpandedPrefix = 2;

    private readonly SearchIndex _index;
    private readonly QueryBuilder _queries;
    private Gazetteer? _gazetteer;

    /// <summary>Creates a suggester over the live index.</summary>
    /// <param name="index">The index.</param>
    /// <param name="queries">The query builder, for its analyzer.</param>
    /// <param name="gazetteer">The entities' other names ("Zelenskyy"), so that they complete too.</param>
    public Suggester(SearchIndex index, QueryBuilder queries, Gazetteer? gazetteer = null)
    {
        _index = index;
        _queries = queries;
        _gazetteer = gazetteer;
    }

    /// <summary>The gazetteer in use; replaceable while serving (after the seeds folder changed). Readers opened later use it.</summary>
    public Gazetteer? Gazetteer
    {
        get => Volatile.Read(ref _gazetteer);
        set => Volatile.Write(ref _gazetteer, value);
    }

    /// <summary>Up to <paramref name="size"/> completions of <paramref name="prefix"/>: entities first, then titles.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int size)
    {
        var text = QueryText.Clean(prefix);
        if (text.Length == 0 || size <= 0)
        {
            return [];
        }
        using var lease = _index.Acquire();
        var facets = FacetReaderState.Of(lease);
        var gazetteer = Gazetteer;
        var entities = lease.State(reader => EntityNames.Build(reader, facets, gazetteer is null ? null : value => OtherNames(gazetteer, value)))
            .Matching(text)
            .Take(size)
            .Select(e => new Suggestion(e.Name, SuggestionKind.Entity, e.Value, e.Count))
            .ToList();
        var titles = Titles(lease.Searcher, text, size - entities.Count + 2)
            .Where(t => entities.All(e => !string.Equals(e.Text, t.Text, StringComparison.OrdinalIgnoreCase)));
        return [.. entities, .. titles.Take(size - entities.Count)];
    }

    /// <summary>The gazetteer's names of the entity with facet value <paramref name="value"/>, when it is the gazetteer's entity of that type.</summary>
    private static IReadOnlyList<string> OtherNames(Gazetteer gazetteer, string value)
    {
        var (type, name) = EntityLabel.Split(value);
        // Aliases hold the canonical name too: an entry with nothing else adds no other name.
        return gazetteer.Find(name) is { } entry && entry.Type == type && entry.Aliases.Count > 1 ? entry.Aliases : [];
    }

    private IEnumerable<Suggestion> Titles(IndexSearcher searcher, string text, int size)
    {
        var tokens = QueryTokens.Of(_queries.Analyzer, text);
        var lastWord = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        var query = new BooleanQuery { { new ConstantScoreQuery(IndexSchema.Type.Matching(RecordKinds.Article)) { Boost = 0 }, Occur.MUST } };
        var typing = !text.EndsWith(' ');
        // The word being typed is completed, not required as it stands; one of a single letter is left out altogether,
        // since as a prefix it would match a large share of all title terms.
        var expandLast = typing && lastWord.Length >= MinExpandedPrefix;
        var lastWordStart = text.TrimEnd().LastIndexOf(' ') + 1;
        foreach (var token in tokens.Where(t => !typing || t.Start < lastWordStart))
        {
            query.Add(new TermQuery(new Term(IndexSchema.Title.Name, token.Term)), Occur.MUST);
        }
        if (query.Clauses.Count == 1 && !expandLast)
        {
            return []; // nothing to match titles with: only the article-type clause
        }
        if (expandLast)
        {
            // The word being typed: as a prefix of indexed terms, or as the whole (analysed) word it may already be.
            var last = new BooleanQuery { { new PrefixQuery(new Term(IndexSchema.Title.Name, lastWord)), Occur.SHOULD } };
            if (tokens.Count > 0 && tokens[^1].Start >= lastWordStart && tokens[^1].Term != lastWord)
            {
                last.Add(new TermQuery(new Term(IndexSchema.Title.Name, tokens[^1].Term)), Occur.SHOULD);
            }
            query.Add(last, Occur.MUST);
        }
        var top = searcher.Search(query, Math.Max(1, size));
        var fields = new HashSet<string> { IndexSchema.Id.Name, IndexSchema.Title.Name, IndexSchema.Outlet.Name };
        return top.ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, fields))
            .Select(doc => new Suggestion(doc.Get(IndexSchema.Title.Name), SuggestionKind.Title, doc.Get(IndexSchema.Id.Name), 1, IndexSchema.Outlet.ReadFirst(doc)));
    }
}
