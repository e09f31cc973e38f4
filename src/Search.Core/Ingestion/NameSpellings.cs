using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// One name written several ways — in capitals in a dateline, with or without its accents — and the spelling shown for
/// all of them. Used within an article (<see cref="Indexing.ArticleRecords"/>) and across the index (facet values).
/// </summary>
public static class NameSpellings
{
    /// <summary>A hash equal for spellings that are one name.</summary>
    public static int Hash(string name) => string.GetHashCode(AccentFolding.Fold(name), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The spelling to show: ordinary capitals over all capitals, which are a dateline's or a headline's ("Porto Alegre"
    /// over "PORTO ALEGRE"), then the one with accents over one without ("Márcia Gonçalves"), then the first given.
    /// </summary>
    public static string Preferred(IEnumerable<string> spellings)
    {
        string? best = null;
        foreach (var spelling in spellings)
        {
            if (best is null || Rank(spelling) > Rank(best))
            {
                best = spelling;
            }
        }
        return best ?? throw new ArgumentException("No spelling given.", nameof(spellings));
    }

    /// <summary>
    /// For entity labels (<see cref="EntityLabel"/>) whose names are one name: the label each is shown as. A type the
    /// gazetteer or metadata gave wins over "other" ("place/Porto Alegre" over "other/PORTO ALEGRE"), and each type
    /// takes its preferred spelling. Two given types (Georgia, the state and the country) both stay; "other" then joins
    /// the first only when <paramref name="otherJoinsFirstType"/>, as in one article whose own evidence is about one of
    /// them, and otherwise stays "other".
    /// </summary>
    public static string[] PreferredLabels(IReadOnlyList<string> labels, bool otherJoinsFirstType)
    {
        var parts = labels.Select(EntityLabel.Split).ToArray();
        var types = parts.Select(p => p.Type).Where(t => t != EntityLabel.OtherType).Distinct(StringComparer.Ordinal).ToList();
        var otherBecomes = types.Count == 1 || (types.Count > 1 && otherJoinsFirstType) ? types[0] : EntityLabel.OtherType;
        // Each spelling under the type it ends with: "other/Porto Alegre" joining "place/PORTO ALEGRE" (a dateline's)
        // lends the place its ordinary capitals.
        var typed = parts.Select(p => (Type: p.Type == EntityLabel.OtherType ? otherBecomes : p.Type, p.Name)).ToArray();
        return typed.Select(p => EntityLabel.Create(p.Type, Preferred(typed.Where(q => q.Type == p.Type).Select(q => q.Name)))).ToArray();
    }

    private static int Rank(string name) => (IsAllCapitals(name) ? 0 : 1 << 20) + name.Count(c => c > 127);

    private static bool IsAllCapitals(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);
}
