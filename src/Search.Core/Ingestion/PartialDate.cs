using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>How much of a publication date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,
    /// <summary>Year and month are known.</summary>
    Month,
    /// <summary>The full date is known.</summary>
    Day,
}

/// <summary>
/// A calendar date of which only the year, or year and month, may be known ("2024", "2024-12", "2024-12-27").
/// It is never widened into a made-up day: a month-precision date covers every day of its month.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1–12), when known.</param>
/// <param name="Day">The day of the month, when known (requires <paramref name="Month"/>).</param>
public readonly partial record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can denote.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can denote.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => FirstDay,
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The date and each coarser date that contains it: "2024", "2024-12", "2024-12-27".</summary>
    public IEnumerable<string> WithAncestors()
    {
        yield return Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is { } month)
        {
            yield return $"{Year:D4}-{month:D2}";
            if (Day is { } day)
            {
                yield return $"{Year:D4}-{month:D2}-{day:D2}";
            }
        }
    }

    /// <summary>The ISO 8601 form at the date's precision.</summary>
    public override string ToString() => WithAncestors().Last();

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var byFirstDay = FirstDay.CompareTo(other.FirstDay);
        return byFirstDay != 0 ? byFirstDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is earlier or equal.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later or equal.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part after the date, as in ISO timestamps, is ignored).
    /// Years outside 1000–9999 and impossible days are rejected.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var match = IsoDate().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1000)
        {
            return false;
        }
        if (!match.Groups["m"].Success)
        {
            date = new PartialDate(year);
            return true;
        }
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }
        if (!match.Groups["d"].Success)
        {
            date = new PartialDate(year, month);
            return true;
        }
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/> and throws <see cref="FormatException"/> on bad input.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
