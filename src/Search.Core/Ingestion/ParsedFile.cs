namespace Search.Core.Ingestion;

/// <summary>An article file after its format was read: normalised text and the metadata the file itself states.</summary>
/// <param name="Text">Normalised text, still holding any publisher boilerplate.</param>
/// <param name="Header">Metadata stated by the file (header line, front matter or JSON fields).</param>
/// <param name="Evidence">Header text that was cut from the body.</param>
internal sealed record ParsedFile(string Text, ManifestEntry Header, IReadOnlyList<Evidence> Evidence);
