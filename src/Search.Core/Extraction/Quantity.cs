using System.Globalization;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// A number as a text states it, normalised to the interval it allows: "more than 3,000" is (3000, ∞),
/// "nearly 3,000" is [2700, 3000), "about 12,000" is [10800, 13200], "up to 11,000" is [0, 11000].
/// </summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Hedge">The hedge word(s), e.g. "more than", "up to"; empty for a plain number.</param>
/// <param name="Low">Lowest value allowed.</param>
/// <param name="High">Highest value allowed; <c>null</c> for no upper bound.</param>
/// <param name="LowInclusive">Whether <paramref name="Low"/> itself is allowed.</param>
/// <param name="HighInclusive">Whether <paramref name="High"/> itself is allowed.</param>
public sealed record Quantity(TextSpan Span, string Text, string Hedge, double Low, double? High, bool LowInclusive, bool HighInclusive)
{
    /// <summary>Whether the two intervals share any value.</summary>
    public bool Overlaps(Quantity other)
    {
        var lowEdge = Math.Max(Low, other.Low);
        var highEdge = Math.Min(High ?? double.PositiveInfinity, other.High ?? double.PositiveInfinity);
        if (lowEdge < highEdge)
        {
            return true;
        }
        if (lowEdge > highEdge)
        {
            return false;
        }
        // They touch at one value: both must include it.
        return Includes(lowEdge) && other.Includes(lowEdge);
    }

    /// <summary>
    /// Whether both state about the same number, within a twentieth, whatever their hedges: "more than 3,000", "nearly
    /// 3,000" and "about 3,000" do; "more than 100" and "1,000" do not, though their intervals overlap, and nor do "at
    /// least 1,100" and "1,000". Two exact counts under a hundred state the same number only when it is the same: 20
    /// injured and 21 killed are no one count under two names.
    /// </summary>
    public bool StatesAboutTheSame(Quantity other)
    {
        const double SmallCount = 100;
        var (a, b) = (Stated, other.Stated);
        if (Hedge.Length == 0 && other.Hedge.Length == 0 && Math.Max(a, b) < SmallCount)
        {
            return a == b;
        }
        return Math.Abs(a - b) <= 0.05 * Math.Max(a, b);
    }

    /// <summary>
    /// The number the text states: the bound of an open or one-sided interval ("more than 3,000", "up to 3,000", "nearly
    /// 3,000", which excludes its upper bound), the middle of one around it ("about 3,000").
    /// </summary>
    private double Stated => High is not { } high ? Low : Low == 0 || !HighInclusive ? high : (Low + high) / 2;

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Includes(double value) =>
        (value > Low || (LowInclusive && value == Low)) && (High is not { } high || value < high || (HighInclusive && value == high));

    /// <summary>The interval in mathematical notation, e.g. "(3000, ∞)" or "[2700, 3000)".</summary>
    public string Interval =>
        $"{(LowInclusive ? "[" : "(")}{Format(Low)}, {(High is { } h ? Format(h) : "∞")}{(High is null || !HighInclusive ? ")" : "]")}";

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
