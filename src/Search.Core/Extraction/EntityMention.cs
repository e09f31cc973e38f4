using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>A place in a text that names an entity, with the rule that found it and how sure it is.</summary>
/// <param name="Name">Canonical name (or the name as written, for entities outside the gazetteer).</param>
/// <param name="Type">Entity type; "other" for names outside the gazetteer.</param>
/// <param name="Country">The country the entity stands for or belongs to, if known.</param>
/// <param name="Span">Where it is named.</param>
/// <param name="Rule">The rule that found it: gazetteer-alias, gazetteer-demonym or capitalised-sequence.</param>
/// <param name="Confidence">How sure the rule is, 0–1.</param>
public sealed record EntityMention(string Name, string Type, string? Country, TextSpan Span, string Rule, double Confidence)
{
    /// <summary>The entity facet value, <c>type/Name</c>.</summary>
    public string Label => EntityLabel.Create(Type, Name);
}
