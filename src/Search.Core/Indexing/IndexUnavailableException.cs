namespace Search.Core.Indexing;

/// <summary>Thrown when a search is attempted before any index generation exists.</summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
