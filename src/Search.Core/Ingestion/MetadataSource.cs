namespace Search.Core.Ingestion;

/// <summary>Where a metadata value came from, strongest first. Earlier sources win over later ones.</summary>
public enum MetadataSource
{
    /// <summary>The folder's <c>manifest.json</c>.</summary>
    Manifest,
    /// <summary>The file itself: a leading header line, Markdown front matter or JSON fields.</summary>
    Header,
    /// <summary>A publisher's signature in the text ("Read the original article on X").</summary>
    Signature,
    /// <summary>Derived from the text (a title from the lede).</summary>
    Derived,
    /// <summary>Nothing said; the value is unknown.</summary>
    Unknown,
}

/// <summary>A metadata value together with where it came from.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value, or <c>null</c> when unknown.</param>
/// <param name="Source">Where the value came from.</param>
public sealed record Sourced<T>(T? Value, MetadataSource Source)
{
    /// <summary>An unknown value.</summary>
    public static Sourced<T> Unknown { get; } = new(default, MetadataSource.Unknown);

    /// <summary>Whether a value is known.</summary>
    public bool IsKnown => Source != MetadataSource.Unknown;

    /// <summary>The first known candidate in order of precedence, or <see cref="Unknown"/>.</summary>
    public static Sourced<T> FirstKnown(params Sourced<T>?[] candidates) =>
        candidates.FirstOrDefault(c => c is { IsKnown: true }) ?? Unknown;
}
