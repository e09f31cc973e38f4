using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>Who made a claim.</summary>
/// <param name="Name">Canonical entity name, the speaker as written ("South Korean officials"), or "unattributed".</param>
/// <param name="Entity">The entity facet value when the speaker is a known entity.</param>
/// <param name="Country">The speaker's country, when it can be told.</param>
public sealed record Claimant(string Name, string? Entity, string? Country)
{
    /// <summary>The claimant of statements no source is given for.</summary>
    public const string UnattributedName = "unattributed";

    /// <summary>A statement with no source.</summary>
    public static Claimant Unattributed { get; } = new(UnattributedName, null, null);

    /// <summary>Whether a source is named.</summary>
    public bool IsAttributed => Name != UnattributedName;

    /// <summary>
    /// Whether the words naming it make it an organ of a state ("the ministry", "Alexandria Governor Ahmed Fathi
    /// El-Sharkawy"): one the article gives no country is placed by the comparison in the country of the story.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool OfAState { get; init; }

    /// <summary>
    /// The body a person speaks for, as the words describing them name it ("NDRRMC executive director Ricardo Ilagan",
    /// "Jane Doe, a spokeswoman for the WHO,"): a comparison holds their figures as that body's.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? SpeaksFor { get; init; }
}

/// <summary>A figure a claim states, and what it counts.</summary>
/// <param name="Quantity">The number and its interval.</param>
/// <param name="Subject">What is counted, in the text's words ("North Korean soldiers killed or wounded").</param>
/// <param name="SubjectKey">
/// The kind of count, for comparing: killed, wounded, killed-or-wounded, killed-or-missing, deployed, captured, cases,
/// displaced, evacuated, refugees, crowd, missing, destroyed or damaged (homes), or other.
/// </param>
public sealed record ClaimFigure(Quantity Quantity, string Subject, string SubjectKey)
{
    /// <summary>Every topic a claim can be filtered by: all that <see cref="Topic"/> gives but "other".</summary>
    public static IReadOnlyList<string> Topics { get; } = ["casualties", "deployed", "captured", "cases", "displaced", "crowd", "missing", "homes"];

    /// <summary>
    /// The broad topic: casualties (killed, wounded, or the dead counted with the wounded or the missing), deployed,
    /// captured, cases (of illness), displaced (displaced, evacuated or refugees: outlets swap these words, and a comparison
    /// shows where they did), crowd (a protest's size), missing, homes (destroyed or damaged), other.
    /// </summary>
    public string Topic => SubjectKey switch
    {
        "killed" or "wounded" or "killed-or-wounded" or "killed-or-missing" => "casualties",
        "evacuated" or "refugees" => "displaced",
        "destroyed" or "damaged" => "homes",
        _ => SubjectKey,
    };
}

/// <summary>A statement an article attributes to a source (or reports with a hedge), with what it says.</summary>
/// <param name="Claimant">Who made it.</param>
/// <param name="Cue">The reporting words ("said", "according to", "reportedly").</param>
/// <param name="Span">The claim's content in the article body.</param>
/// <param name="Text">The content.</param>
/// <param name="Figures">The figures it states.</param>
/// <param name="Dates">Dates it mentions, resolved where possible.</param>
/// <param name="Entities">Entities it mentions, as type/Name.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure the rule is, 0–1.</param>
public sealed record Claim(
    Claimant Claimant,
    string Cue,
    TextSpan Span,
    string Text,
    IReadOnlyList<ClaimFigure> Figures,
    IReadOnlyList<TextDate> Dates,
    IReadOnlyList<string> Entities,
    string Rule,
    double Confidence);
