using System.Text.Json;

namespace Search.Core.Extraction;

/// <summary>
/// The canonical entities the recognizer knows, from the built-in <c>Data/entities.json</c> plus an optional
/// <c>entities.json</c> in the seeds folder (its entries are added; one with the same name replaces the built-in).
/// Names are stored as token sequences in a trie for longest-match lookup.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The file name of user entities in the seeds folder.</summary>
    public const string FileName = "entities.json";

    private readonly Dictionary<string, GazetteerEntry> _byName;

    private Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        _byName = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        Root = new TrieNode();
        foreach (var entry in _byName.Values)
        {
            foreach (var alias in entry.Aliases)
            {
                Root.Add(Words.Tokenize(alias), new TrieMatch(entry, alias, IsDemonym: false));
            }
            foreach (var demonym in entry.Demonyms)
            {
                Root.Add(Words.Tokenize(demonym), new TrieMatch(entry, demonym, IsDemonym: true));
            }
        }
        Root.LinkSenses();
    }

    /// <summary>All entries.</summary>
    public IReadOnlyCollection<GazetteerEntry> Entries => _byName.Values;

    internal TrieNode Root { get; }

    /// <summary>The entry with this canonical name, if any.</summary>
    public GazetteerEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The built-in gazetteer plus the seeds folder's entities.json, if any.</summary>
    public static Gazetteer Load(string? seedsPath, ICollection<string> problems)
    {
        var entries = new List<GazetteerEntry>();
        using (var builtIn = typeof(Gazetteer).Assembly.GetManifestResourceStream("Search.Core.Data." + FileName)!)
        using (var document = JsonDocument.Parse(builtIn))
        {
            entries.AddRange(Read(document, "built-in entities", problems));
        }
        var userFile = seedsPath is null ? null : Path.Combine(seedsPath, FileName);
        if (userFile is not null && File.Exists(userFile))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(userFile), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                entries.AddRange(Read(document, userFile, problems).ToList()); // all of the file or none of it
            }
            // InvalidOperationException: a string whose escapes are not valid UTF-16 ("\ud800").
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                problems.Add($"{userFile}: not used ({ex.Message})");
            }
        }
        return new Gazetteer(entries);
    }

    /// <summary>A gazetteer of the given entries only (for tests and embedding).</summary>
    public static Gazetteer Of(IEnumerable<GazetteerEntry> entries) => new(entries);

    private static IEnumerable<GazetteerEntry> Read(JsonDocument document, string source, ICollection<string> problems)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("entities", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{source}: expected an object with an \"entities\" list; ignored");
            yield break;
        }
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{source}: an entry is {item.ValueKind}, not an object; ignored");
                continue;
            }
            var name = String(item, "name");
            var type = String(item, "type");
            if (name is null || type is null)
            {
                problems.Add($"{source}: an entry lacks a name or type ({item}); ignored");
                continue;
            }
            var aliases = Strings(item, "aliases").Append(name).Distinct(StringComparer.Ordinal).ToList();
            yield return new GazetteerEntry(name, type.ToLowerInvariant(), String(item, "country"), aliases, Strings(item, "demonyms").ToList());
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;

    private static IEnumerable<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0)
            : [];
}

/// <summary>What a path of the trie names.</summary>
internal sealed record TrieMatch(GazetteerEntry Entry, string Alias, bool IsDemonym)
{
    /// <summary>
    /// Every entry this name may stand for, this one first, when it names several ("Georgia": the country and the US
    /// state); null when it names one. The article's other names decide which is meant.
    /// </summary>
    public IReadOnlyList<GazetteerEntry>? Senses { get; set; }

    private readonly WordToken[] _tokens = Words.Tokenize(Alias).ToArray();

    /// <summary>
    /// Names are capitalised: a capitalised word of the alias must be capitalised in the text, and an all-capital
    /// one (NIS, US) must be written exactly so; lower-case words of an alias ("spy agency") match in any case.
    /// </summary>
    public bool AcceptsCase(IReadOnlyList<WordToken> text, int start)
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            var alias = _tokens[i];
            var word = text[start + i];
            if (alias.IsAllCaps && alias.Text.Count(char.IsLetter) > 1 ? !string.Equals(Words.Key(alias.Text), Words.Key(word.Text), StringComparison.Ordinal) || !word.IsAllCaps
                : alias.IsCapitalized && !word.IsCapitalized)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>A node of the word trie: children by folded word, and the names that end here.</summary>
internal sealed class TrieNode
{
    public Dictionary<string, TrieNode> Children { get; } = new(StringComparer.Ordinal);

    public List<TrieMatch> Matches { get; } = [];

    public void Add(IReadOnlyList<WordToken> tokens, TrieMatch match)
    {
        var node = this;
        foreach (var token in tokens)
        {
            if (!node.Children.TryGetValue(token.Key, out var child))
            {
                node.Children[token.Key] = child = new TrieNode();
            }
            node = child;
        }
        if (node != this)
        {
            node.Matches.Add(match);
        }
    }

    /// <summary>Sets <see cref="TrieMatch.Senses"/> on the names that stand for several entries, here and below.</summary>
    public void LinkSenses()
    {
        var senses = Matches.Where(m => !m.IsDemonym).Select(m => m.Entry).Distinct().ToList();
        if (senses.Count > 1)
        {
            foreach (var match in Matches.Where(m => !m.IsDemonym))
            {
                match.Senses = senses.OrderBy(e => e == match.Entry ? 0 : 1).ToList();
            }
        }
        foreach (var child in Children.Values)
        {
            child.LinkSenses();
        }
    }
}
