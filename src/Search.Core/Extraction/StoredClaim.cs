using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Core.Extraction;

/// <summary>A figure of a claim as stored in the index.</summary>
/// <param name="Text">The words as written ("more than 3,000").</param>
/// <param name="Hedge">The hedge ("more than"), empty for a plain number.</param>
/// <param name="Low">Lowest value allowed.</param>
/// <param name="High">Highest value allowed, <c>null</c> for none.</param>
/// <param name="LowInclusive">Whether <paramref name="Low"/> is allowed.</param>
/// <param name="HighInclusive">Whether <paramref name="High"/> is allowed.</param>
/// <param name="Interval">The interval in notation, e.g. "(3000, ∞)".</param>
/// <param name="Subject">What is counted, in the text's words.</param>
/// <param name="SubjectKey">killed, wounded, killed-or-wounded, deployed, captured, cases, displaced, evacuated, refugees or other.</param>
/// <param name="Topic">casualties, deployed, captured, cases, displaced, crowd, missing or other.</param>
public sealed record StoredFigure(string Text, string Hedge, double Low, double? High, bool LowInclusive, bool HighInclusive, string Interval, string Subject, string SubjectKey, string Topic)
{
    /// <summary>The figure as a quantity, for comparing intervals.</summary>
    public Quantity ToQuantity() => new(default, Text, Hedge, Low, High, LowInclusive, HighInclusive);
}

/// <summary>A date of a claim as stored.</summary>
/// <param name="Text">The words as written.</param>
/// <param name="From">First day, when resolved.</param>
/// <param name="To">Last day, when resolved.</param>
public sealed record StoredDate(string Text, DateOnly? From, DateOnly? To);

/// <summary>The details of a claim kept with its search document.</summary>
/// <param name="Claimant">Who made it.</param>
/// <param name="Cue">The reporting words.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure the rule is.</param>
/// <param name="Start">Offset of the content in the article body.</param>
/// <param name="End">Offset after the content.</param>
/// <param name="Figures">Its figures.</param>
/// <param name="Dates">Its dates.</param>
public sealed record StoredClaim(Claimant Claimant, string Cue, string Rule, double Confidence, int Start, int End, IReadOnlyList<StoredFigure> Figures, IReadOnlyList<StoredDate> Dates)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The stored form of an extracted claim.</summary>
    public static StoredClaim From(Claim claim) => new(
        claim.Claimant, claim.Cue, claim.Rule, claim.Confidence, claim.Span.Start, claim.Span.End,
        claim.Figures.Select(f => new StoredFigure(f.Quantity.Text, f.Quantity.Hedge, f.Quantity.Low, f.Quantity.High, f.Quantity.LowInclusive,
            f.Quantity.HighInclusive, f.Quantity.Interval, f.Subject, f.SubjectKey, f.Topic)).ToList(),
        claim.Dates.Select(d => new StoredDate(d.Text, d.From, d.To)).ToList());

    /// <summary>Serialises for storage.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads stored JSON; <c>null</c> when absent or unreadable.</summary>
    public static StoredClaim? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<StoredClaim>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
