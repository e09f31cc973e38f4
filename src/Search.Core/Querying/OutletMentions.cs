using System.Text.RegularExpressions;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>A filter the query's words name, and the query left without them.</summary>
/// <param name="Dimension">The dimension: outlet, or original for the outlet a reprint comes from.</param>
/// <param name="Value">The value as the index spells it.</param>
/// <param name="Query">The query without the name (and a "the" or "from" before it); empty when nothing else was typed.</param>
public sealed record FilterSuggestion(string Dimension, string Value, string Query);

/// <summary>
/// Finds the name of an outlet in plain query text. An outlet is metadata, not article text: "moscow times" searches
/// for words few articles hold, while the reader wants what The Moscow Times published. A name matches as whole
/// words, ignoring case, accents and its leading "the"; the longest name wins, and publishing outlets before
/// original ones. Built once per reader from the facet values, so it knows exactly the outlets the index holds.
/// </summary>
internal sealed partial class OutletMentions
{
    private static readonly FacetDimension[] Dimensions = [IndexSchema.Outlet, IndexSchema.Original];

    // Words that tie a name to the rest of the query and go with it: "kursk from the moscow times" leaves "kursk".
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal) { "the", "from", "by" };

    // Words that make the outlet what the query is about: "layoffs at the washington post" asks for news of the outlet,
    // not for what it published.
    private static readonly HashSet<string> AboutTheOutlet = new(StringComparer.Ordinal) { "at", "about", "on", "in", "of", "against", "inside", "for" };

    private readonly Dictionary<string, List<Name>> _byFirstWord = new(StringComparer.Ordinal);

    private sealed record Name(string Dimension, string Value, string[] Words);

    private OutletMentions(FacetReaderState facets)
    {
        foreach (var dimension in Dimensions)
        {
            var ordinals = facets.For(dimension);
            for (var ord = 0; ord < ordinals.ValueCount; ord++)
            {
                var value = ordinals.Label(ord);
                var words = Words(value).Select(w => w.Text).ToArray();
                if (words.Length > 1 && words[0] == "the")
                {
                    words = words[1..];
                }
                // A name of lead-in words alone ("The") would be found in nearly every query.
                if (!words.All(LeadIns.Contains))
                {
                    (_byFirstWord.TryGetValue(words[0], out var names) ? names : _byFirstWord[words[0]] = []).Add(new Name(dimension.Name, value, words));
                }
            }
        }
    }

    /// <summary>The mentions of the lease's reader, built on first use.</summary>
    public static OutletMentions Of(SearcherLease lease) => lease.State(_ => new OutletMentions(FacetReaderState.Of(lease)));

    /// <summary>An outlet name found in a query: the filter to offer, and the words as typed that spell the name.</summary>
    public sealed record Mention(FilterSuggestion Suggestion, IReadOnlySet<string> TypedWords)
    {
        /// <summary>The suggestion, unless <paramref name="selection"/> already filters by the outlet.</summary>
        public FilterSuggestion? Unless(FacetSelection selection) =>
            selection.Dimensions.Any(d => d.Dimension.Name == Suggestion.Dimension
                && (d.Resolutions?.SelectMany(r => r.Values) ?? d.Values).Contains(Suggestion.Value, StringComparer.Ordinal))
                ? null
                : Suggestion;
    }

    /// <summary>The outlet <paramref name="query"/> names, if any.</summary>
    public Mention? Find(string query)
    {
        // Only plain words: taking a name out of Lucene syntax could leave the rest meaning something else.
        if (_byFirstWord.Count == 0 || string.IsNullOrWhiteSpace(query) || !QueryText.IsPlain(query))
        {
            return null;
        }
        (Name Name, QueryText.Segment Segment, List<Word> Words, int At)? best = null;
        foreach (var segment in QueryText.Segments(query))
        {
            var words = Words(segment.Text).ToList();
            for (var at = 0; at < words.Count; at++)
            {
                if (!_byFirstWord.TryGetValue(words[at].Text, out var names))
                {
                    continue;
                }
                foreach (var name in names)
                {
                    if ((best is null || name.Words.Length > best.Value.Name.Words.Length) && StartsAt(words, at, name.Words))
                    {
                        best = (name, segment, words, at);
                    }
                }
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var before = found.At - 1;
        while (before >= 0 && found.Words[before].Text == "the")
        {
            before--;
        }
        if (before >= 0 && AboutTheOutlet.Contains(found.Words[before].Text))
        {
            return null;
        }
        var typed = found.Words.GetRange(found.At, found.Name.Words.Length)
            .Select(w => found.Segment.Text[w.Start..w.End]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rest = Without(query, found.Segment, found.Words, found.At, found.Name.Words.Length);
        return new Mention(new FilterSuggestion(found.Name.Dimension, found.Name.Value, rest), typed);
    }

    private static bool StartsAt(List<Word> words, int at, string[] name)
    {
        if (at + name.Length > words.Count)
        {
            return false;
        }
        for (var i = 0; i < name.Length; i++)
        {
            if (words[at + i].Text != name[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The query without the name's words and the lead-in words before them; a quoted name goes with its quotes.</summary>
    private static string Without(string query, QueryText.Segment segment, List<Word> words, int at, int length)
    {
        var first = at;
        while (first > 0 && LeadIns.Contains(words[first - 1].Text))
        {
            first--;
        }
        var start = segment.Start + words[first].Start;
        var end = segment.Start + words[at + length - 1].End;
        if (segment.Quoted && first == 0 && at + length == words.Count)
        {
            (start, end) = (segment.Start - 1, Math.Min(query.Length, segment.Start + segment.Text.Length + 1));
        }
        return Whitespace().Replace(query[..start] + " " + query[end..], " ").Trim();
    }

    private readonly record struct Word(string Text, int Start, int End);

    /// <summary>The words of <paramref name="text"/>, lower case without accents, with their offsets.</summary>
    private static IEnumerable<Word> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return new Word(Fold(match.Value), match.Index, match.Index + match.Length);
        }
    }

    private static string Fold(string word) => AccentFolding.Fold(word.Replace('’', '\'')).ToLowerInvariant();

    // Letters and digits, with an apostrophe or ampersand inside a word ("People's", "AT&T"); hyphens and dots split.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
