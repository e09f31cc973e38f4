using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// Common given names (<c>Data/given-names.txt</c>): a name that opens with one is a person's ("Sarah Hunt said"), and
/// a country or place written after one is that person's surname ("Michael Jordan", "Joe Montana"), not a mention of it.
/// </summary>
internal static class GivenNames
{
    private const string ResourceName = "Search.Core.Data.given-names.txt";

    private static readonly FrozenSet<string> Names = Load();

    /// <summary>Whether the lower-case word <paramref name="key"/> is a given name.</summary>
    public static bool Contains(string key) => Names.Contains(key);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line.Trim());
            }
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
