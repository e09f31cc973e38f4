using Search.Core.Highlighting;

namespace Search.Web.Contracts;

/// <summary>A matched span in a text, in UTF-16 code units (JavaScript string offsets).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public sealed record MatchSpan(int Start, int Length);

/// <summary>Text with its matches: as safe HTML (escaped, with &lt;mark&gt;) and as plain text with offsets.</summary>
/// <param name="Html">HTML-escaped text with matches wrapped in &lt;mark&gt;.</param>
/// <param name="Text">The plain text.</param>
/// <param name="Matches">Where the matches are in <paramref name="Text"/>.</param>
public sealed record MarkedText(string Html, string Text, IReadOnlyList<MatchSpan> Matches)
{
    /// <summary>Maps highlighted text to the wire, numbering marks when asked (for stepping through them).</summary>
    public static MarkedText From(HighlightedText text, bool numbered = false) =>
        new(HtmlMarkup.Render(text, numbered), text.Text, text.Marks.Select(m => new MatchSpan(m.Start, m.Length)).ToList());
}

/// <summary>A publication date with how much of it is known.</summary>
/// <param name="Value">ISO form at its precision: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Precision">"year", "month" or "day".</param>
public sealed record DateValue(string Value, string Precision)
{
    /// <summary>Maps a partial date; <c>null</c> stays null (unknown).</summary>
    public static DateValue? From(Search.Core.Ingestion.PartialDate? date) =>
        date is { } d ? new DateValue(d.ToString(), d.Precision.ToString().ToLowerInvariant()) : null;
}

/// <summary>An entity an article is about.</summary>
/// <param name="Value">Facet value (type/Name), usable as an <c>entity=</c> filter.</param>
/// <param name="Type">person, organisation, place, group, other…</param>
/// <param name="Name">Canonical name.</param>
public sealed record EntityRef(string Value, string Type, string Name)
{
    /// <summary>Maps a facet value.</summary>
    public static EntityRef From(string value)
    {
        var (type, name) = Search.Core.Ingestion.EntityLabel.Split(value);
        return new EntityRef(value, type, name);
    }
}

/// <summary>How the query text was understood.</summary>
/// <param name="Input">The text as sent.</param>
/// <param name="Interpretation">all (empty query), words, syntax, syntaxErrorAsWords or nothing.</param>
/// <param name="Parsed">The Lucene query that ran.</param>
/// <param name="Notice">Why the text was not taken as written, when it was not.</param>
/// <param name="DidYouMean">The query with misspellings corrected; the results are for it.</param>
/// <param name="Expansions">Synonyms that were searched too, as "word → synonym, synonym".</param>
/// <param name="SuggestedFilter">An outlet the words name ("moscow times"): outlets are not article text, so the filter is what finds them.</param>
/// <param name="UnknownWords">Words as typed that no article holds and that have no near spelling.</param>
/// <param name="CorrectedWords">Words as typed that no article holds and that <paramref name="DidYouMean"/> replaced.</param>
public sealed record QueryDescription(string Input, string Interpretation, string Parsed, string? Notice, string? DidYouMean, IReadOnlyList<string> Expansions,
    SuggestedFilter? SuggestedFilter, IReadOnlyList<string> UnknownWords, IReadOnlyList<string> CorrectedWords)
{
    /// <summary>Maps the Core description.</summary>
    public static QueryDescription From(Search.Core.Querying.QueryInfo query) =>
        new(query.Input, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(query.Interpretation.ToString()), query.Parsed, query.Notice,
            query.Corrected, query.Expansions,
            query.Filter is { } filter ? new SuggestedFilter(filter.Dimension, filter.Value, filter.Query) : null, query.Unknown, query.Replaced);
}

/// <summary>A filter the query's words name, offered in their place.</summary>
/// <param name="Parameter">The filter parameter: outlet, or original (the outlet a reprint comes from).</param>
/// <param name="Value">Its value.</param>
/// <param name="Q">The query to search with the filter: the words without the name, empty when nothing else was typed.</param>
public sealed record SuggestedFilter(string Parameter, string Value, string Q);
