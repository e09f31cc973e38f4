using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Indexing;

namespace Search.Core.Querying.Synonyms;

/// <summary>
/// Query-time synonyms, analysed with the index's analyzer so they meet the indexed terms (stems included), and
/// kept as phrases so multi-word synonyms ("spy agency", "killed or wounded") match as phrases. Loaded from the
/// built-in <c>Data/synonyms.json</c> plus an optional <c>synonyms.json</c> in the seeds folder.
/// </summary>
public sealed class SynonymSet
{
    /// <summary>The file name of user synonyms in the seeds folder.</summary>
    public const string FileName = "synonyms.json";

    private readonly Dictionary<string, List<AnalyzedPhrase>> _alternatives;

    private SynonymSet(Dictionary<string, List<AnalyzedPhrase>> alternatives)
    {
        _alternatives = alternatives;
        LongestEntry = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>No synonyms.</summary>
    public static SynonymSet Empty { get; } = new([]);

    /// <summary>Number of terms in the longest entry, which bounds how far ahead a query is matched.</summary>
    public int LongestEntry { get; }

    /// <summary>The alternatives of a word or phrase (never itself); empty when it has none.</summary>
    public IReadOnlyList<AnalyzedPhrase> AlternativesOf(string key) => _alternatives.TryGetValue(key, out var list) ? list : [];

    /// <summary>Whether the terms form an entry.</summary>
    public bool Contains(string key) => _alternatives.ContainsKey(key);

    /// <summary>The built-in synonyms plus those of <paramref name="seedsPath"/>'s synonyms.json, if any.</summary>
    /// <param name="analyzer">The index's analyzer.</param>
    /// <param name="seedsPath">The seeds folder, or <c>null</c> for the built-in synonyms only.</param>
    /// <param name="problems">Receives a message per unreadable file or unusable entry.</param>
    public static SynonymSet Load(Analyzer analyzer, string? seedsPath, ICollection<string> problems)
    {
        var builder = new Builder(analyzer, problems);
        using (var builtIn = typeof(SynonymSet).Assembly.GetManifestResourceStream("Search.Core.Data." + FileName)!)
        {
            builder.Add(JsonDocument.Parse(builtIn), "built-in synonyms");
        }
        var userFile = seedsPath is null ? null : Path.Combine(seedsPath, FileName);
        if (userFile is not null && File.Exists(userFile))
        {
            try
            {
                using var user = JsonDocument.Parse(File.ReadAllText(userFile), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                builder.Add(user, userFile);
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{userFile}: not used ({ex.Message})");
            }
            catch (InvalidOperationException ex)
            {
                // A string whose escapes are not valid UTF-16 ("\ud800"): the entries before it are in use.
                problems.Add($"{userFile}: not used from the first unreadable entry on ({ex.Message})");
            }
        }
        return new SynonymSet(builder.Alternatives);
    }

    /// <summary>Analyses text the way the index does.</summary>
    public static AnalyzedPhrase? Analyze(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var terms = new List<string>();
        var positions = new List<int>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(term.ToString());
            positions.Add(position);
        }
        stream.End();
        if (terms.Count == 0)
        {
            return null;
        }
        var first = positions[0];
        return new AnalyzedPhrase(text, terms, positions.Select(p => p - first).ToList());
    }

    private sealed class Builder(Analyzer analyzer, ICollection<string> problems)
    {
        public Dictionary<string, List<AnalyzedPhrase>> Alternatives { get; } = new(StringComparer.Ordinal);

        public void Add(JsonDocument document, string source)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{source}: expected an object with \"equivalent\" and \"related\"; ignored");
                return;
            }
            if (root.TryGetProperty("equivalent", out var groups) && groups.ValueKind == JsonValueKind.Array)
            {
                foreach (var group in groups.EnumerateArray())
                {
                    var members = Phrases(group, source);
                    foreach (var member in members)
                    {
                        Link(member, members.Where(m => m.Key != member.Key));
                    }
                }
            }
            if (root.TryGetProperty("related", out var related) && related.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in related.EnumerateObject())
                {
                    if (Analyze(analyzer, entry.Name) is not { } hub)
                    {
                        problems.Add($"{source}: '{entry.Name}' has no searchable words; ignored");
                        continue;
                    }
                    var members = Phrases(entry.Value, source).Where(m => m.Key != hub.Key).ToList();
                    Link(hub, members);
                    foreach (var member in members)
                    {
                        Link(member, [hub]);
                    }
                }
            }
        }

        private List<AnalyzedPhrase> Phrases(JsonElement list, string source)
        {
            var phrases = new List<AnalyzedPhrase>();
            if (list.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{source}: expected a list of words or phrases, found {list.ValueKind}; ignored");
                return phrases;
            }
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && Analyze(analyzer, item.GetString()!) is { } phrase)
                {
                    if (phrases.All(p => p.Key != phrase.Key))
                    {
                        phrases.Add(phrase);
                    }
                }
                else
                {
                    problems.Add($"{source}: {item} is not a string with searchable words; ignored");
                }
            }
            return phrases;
        }

        private void Link(AnalyzedPhrase from, IEnumerable<AnalyzedPhrase> to)
        {
            if (!Alternatives.TryGetValue(from.Key, out var list))
            {
                Alternatives[from.Key] = list = [];
            }
            foreach (var phrase in to.Where(p => list.All(existing => existing.Key != p.Key)))
            {
                list.Add(phrase);
            }
        }
    }
}
