using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>A date expression in a text and, when the publication date allows, the days it denotes.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Text">The words as written.</param>
/// <param name="From">First day it can denote; <c>null</c> when it could not be resolved.</param>
/// <param name="To">Last day it can denote.</param>
/// <param name="Rule">Which pattern found it.</param>
public sealed record TextDate(TextSpan Span, string Text, DateOnly? From, DateOnly? To, string Rule)
{
    /// <summary>Whether the expression was tied to actual days.</summary>
    public bool IsResolved => From is not null;
}
