using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// The facet label of an entity: <c>type/Canonical Name</c>, e.g. <c>person/Volodymyr Zelensky</c>.
/// The type is lower case; everything after the first slash is the name, so names may contain slashes.
/// </summary>
public static class EntityLabel
{
    /// <summary>The type given to entities whose type is not known.</summary>
    public const string OtherType = "other";

    /// <summary>The types of the built-in gazetteer and of names it does not hold (a seeds gazetteer may add others).</summary>
    public static readonly IReadOnlyList<string> BuiltInTypes = ["person", "organisation", "company", "place", "country", "group", OtherType];

    /// <summary>Builds a label from a type and a name.</summary>
    public static string Create(string type, string name) => $"{type.ToLowerInvariant()}/{name}";

    /// <summary>Splits a label into its type and name.</summary>
    public static (string Type, string Name) Split(string label)
    {
        var slash = label.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? (OtherType, label) : (label[..slash], label[(slash + 1)..]);
    }

    /// <summary>Tidies a label given by a user or a file; a bare name gets the type <see cref="OtherType"/>.</summary>
    public static bool TryNormalize(string? text, out string label)
    {
        label = "";
        if (text is null)
        {
            return false;
        }
        var tidy = TextNormalizer.NormalizeInline(text);
        var slash = tidy.IndexOf('/', StringComparison.Ordinal);
        var type = slash > 0 ? tidy[..slash].Trim() : OtherType;
        var name = slash > 0 ? tidy[(slash + 1)..].Trim() : tidy;
        if (name.Length == 0 || type.Length == 0 || type.Contains(' ', StringComparison.Ordinal))
        {
            if (name.Length == 0)
            {
                return false;
            }
            (type, name) = (OtherType, tidy);
        }
        label = Create(type, name);
        return true;
    }
}
