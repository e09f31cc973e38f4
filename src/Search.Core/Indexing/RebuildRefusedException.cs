namespace Search.Core.Indexing;

/// <summary>
/// A rebuild that would replace a live index with nothing: the seeds folder holds no article files (a wrong path, an
/// unmounted volume). The live index keeps serving; emptying the index folder first starts from nothing on purpose.
/// </summary>
public sealed class RebuildRefusedException(string message) : Exception(message);
