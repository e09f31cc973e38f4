using Search.Core.Ingestion;

namespace Search.Core.Extraction;

/// <summary>A canonical entity: its name, type, the country it belongs to, and the names it goes by.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">person, organisation, place, country, group…</param>
/// <param name="Country">The country it belongs to (a country belongs to itself), if known.</param>
/// <param name="Aliases">Names it goes by, the canonical one included.</param>
/// <param name="Demonyms">For countries: adjectives and peoples ("North Korean", "Ukrainians").</param>
public sealed record GazetteerEntry(string Name, string Type, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms)
{
    /// <summary>The entity facet value, <c>type/Name</c>.</summary>
    public string Label => EntityLabel.Create(Type, Name);

    /// <summary>The country this entity stands for or belongs to.</summary>
    public string? CountryName => Type == "country" ? Name : Country;
}
