using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>
/// One thing a plain query asks for: a word, a quoted phrase, or a multi-word synonym entry found in the words,
/// with its alternative wordings. A document satisfies the concept when it contains any of them.
/// </summary>
/// <param name="Phrase">The words as typed (after any spelling correction), analysed.</param>
/// <param name="Surface">The words as typed, for display.</param>
/// <param name="Alternatives">Synonyms of the words.</param>
/// <param name="Quoted">Whether the user quoted it.</param>
/// <param name="IsName">Whether it is a name typed with capitals that the index's entities hold ("Moldova", "Porto
/// Alegre"): what the query is about, so required where other words are not all required.</param>
internal sealed record QueryConcept(AnalyzedPhrase Phrase, string Surface, IReadOnlyList<AnalyzedPhrase> Alternatives, bool Quoted, bool IsName = false);
