namespace Search.Core.Querying;

/// <summary>What a suggestion completes to.</summary>
public enum SuggestionKind
{
    /// <summary>An entity (person, place, organisation…): selecting it can set the entity filter.</summary>
    Entity,
    /// <summary>An article title: selecting it can open the article.</summary>
    Title,
}

/// <summary>A completion of what the user is typing.</summary>
/// <param name="Text">What to show and, for a search, to put in the box.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The entity facet value (type/Name) or the article id.</param>
/// <param name="Count">Articles with the entity (for titles, 1).</param>
/// <param name="Outlet">For an article, its outlet: copies of one story share their title.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, string Value, int Count, string? Outlet = null);
