using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>How the query text was understood.</summary>
public enum QueryInterpretation
{
    /// <summary>Empty input: every document matches.</summary>
    All,
    /// <summary>Plain words and quoted phrases, with synonyms, minimum-should-match and proximity.</summary>
    Words,
    /// <summary>Parsed with the classic Lucene syntax (synonyms added).</summary>
    Syntax,
    /// <summary>The syntax did not parse, so the words were searched as plain words.</summary>
    SyntaxErrorAsWords,
    /// <summary>Nothing searchable was left (only stop words or punctuation); nothing matches.</summary>
    Nothing,
}

/// <summary>A user's query turned into a Lucene query, with what was done to get there.</summary>
/// <param name="Input">The text as typed.</param>
/// <param name="Query">The Lucene query.</param>
/// <param name="Interpretation">How the text was understood.</param>
/// <param name="Notice">A message for the user when the text was not taken as written.</param>
public sealed record ParsedQuery(string Input, Query Query, QueryInterpretation Interpretation, string? Notice)
{
    /// <summary>Whether every document matches (an empty query).</summary>
    public bool MatchesAll => Interpretation == QueryInterpretation.All;

    /// <summary>The query in Lucene's syntax, for display.</summary>
    public string Description => Query.ToString();

    /// <summary>The query text with misspelt words corrected (what was searched), when any were.</summary>
    public string? Corrected { get; init; }

    /// <summary>The synonyms that were added, as "word → synonym, synonym".</summary>
    public IReadOnlyList<string> Expansions { get; init; } = [];

    /// <summary>Words as typed that no article holds and that could not be corrected.</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];

    /// <summary>Words as typed that no article holds and that were corrected: what <see cref="Corrected"/> replaced.</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];
}
