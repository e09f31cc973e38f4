namespace Search.Core.Querying;

/// <summary>A query that parsed but cannot be run (it expands to too many terms or an automaton too complex).</summary>
public sealed class QueryNotSearchableException(string message, Exception inner) : Exception(message, inner);
