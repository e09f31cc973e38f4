namespace Search.Core.Facets;

/// <summary>Whether a facet value answers a type-ahead prefix.</summary>
internal static class FacetValueMatcher
{
    /// <summary>
    /// True when the value, its name after a <c>type/</c> prefix, or any word of that name starts with
    /// <paramref name="prefix"/>, ignoring case: "zel" finds "person/Volodymyr Zelensky", "person/" finds all people.
    /// </summary>
    public static bool Matches(string value, string prefix)
    {
        if (prefix.Length == 0 || value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Accents are matched as search matches them: "mel" finds "Mélenchon", "mél" finds "Melenchon" too.
        if (!Text.AccentFolding.IsAscii(value) || !Text.AccentFolding.IsAscii(prefix))
        {
            (value, prefix) = (Text.AccentFolding.Fold(value), Text.AccentFolding.Fold(prefix));
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        var name = value[(value.IndexOf('/', StringComparison.Ordinal) + 1)..];
        for (var i = 0; i < name.Length; i++)
        {
            if ((i == 0 || name[i - 1] is ' ' or '-' or '(' or '"') && string.Compare(name, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
