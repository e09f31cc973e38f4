namespace Search.Core.Querying;

/// <summary>The knobs of query building, chosen with the judged query set (see the README for the figures).</summary>
public sealed record RelevanceOptions
{
    /// <summary>Weight of a synonym relative to the words typed.</summary>
    public float SynonymBoost { get; init; } = 0.5f;

    /// <summary>Weight of the bonus for documents where the query words stand close together.</summary>
    public float ProximityBoost { get; init; } = 0.5f;

    /// <summary>
    /// Weight of each word of a name of several words, beside the name as a phrase: an article about "Veltrona Systems"
    /// says "Veltrona" in its headline and most of its sentences, one that mentions the firm in passing says the name once.
    /// </summary>
    public float NameWordBoost { get; init; } = 0.3f;

    /// <summary>How many positions apart the words may stand for the proximity bonus, per word of the query.</summary>
    public int ProximitySlopPerWord { get; init; } = 3;

    /// <summary>
    /// How many of <paramref name="concepts"/> words or phrases a document must contain: all of one or two,
    /// all but one of three or four, three quarters of more.
    /// </summary>
    public static int MinimumShouldMatch(int concepts) => concepts switch
    {
        <= 2 => concepts,
        <= 4 => concepts - 1,
        _ => (int)Math.Ceiling(concepts * 0.75),
    };
}
