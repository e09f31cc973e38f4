using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads the publication date of an article's metadata as exports and feeds write it: ISO ("2025-10-21", with or
/// without a time), English month names ("October 21, 2025", "Oct. 22, 2025", "21 October 2025", "October 2025"),
/// RSS's "Tue, 21 Oct 2025 10:00:00 GMT" and numbers ("2025/10/21", "22/10/2025"). A numeric date whose day and month
/// could be either way round ("03/04/2025") is refused rather than guessed: a wrong date misfiles an article silently.
/// </summary>
public static partial class PublicationDate
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of an English month's name or abbreviation ("October", "Oct", "Sept."), or 0.</summary>
    internal static int MonthNumber(string name) => Months.GetValueOrDefault(name.TrimEnd('.'));

    /// <summary>The forms accepted, for messages about a date that is none of them.</summary>
    public const string Forms = "YYYY-MM-DD (or YYYY-MM, YYYY), 'October 21, 2025', '21 Oct 2025', 'October 2025' or '2025/10/21'";

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="problem"/> says why, for the ingestion report.</summary>
    public static bool TryRead(string text, out PartialDate date, out string? problem)
    {
        problem = null;
        if (PartialDate.TryParse(text, out date))
        {
            return true;
        }
        var trimmed = text.Trim();
        if (MonthFirst().Match(trimmed) is { Success: true } monthFirst)
        {
            return Build(monthFirst, out date, ref problem);
        }
        if (DayFirst().Match(trimmed) is { Success: true } dayFirst)
        {
            return Build(dayFirst, out date, ref problem);
        }
        if (Numeric().Match(trimmed) is { Success: true } numeric)
        {
            return FromNumbers(numeric, out date, out problem);
        }
        problem = $"'{text}' is not a date; use {Forms}";
        return false;
    }

    private static bool Build(Match match, out PartialDate date, ref string? problem)
    {
        date = default;
        if (match.Groups["weekday"].Success && !IsWeekday(match.Groups["weekday"].Value))
        {
            problem = $"'{match.Value}' is not a date; use {Forms}";
            return false;
        }
        var month = MonthNumber(match.Groups["month"].Value);
        if (month == 0)
        {
            problem = $"'{match.Groups["month"].Value}' is not a month; use {Forms}";
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        return Valid(year, month, day, match.Value, out date, ref problem);
    }

    private static bool FromNumbers(Match match, out PartialDate date, out string? problem)
    {
        date = default;
        problem = null;
        var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["yearFirst"].Success)
        {
            return Valid(int.Parse(match.Groups["yearFirst"].Value, CultureInfo.InvariantCulture), first, second, match.Value, out date, ref problem);
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // Day first in most of the world, month first in the United States: only a number above 12, or the same number
        // twice, tells which.
        if (first <= 12 && second <= 12 && first != second)
        {
            problem = $"'{match.Value}' could be day/month or month/day; write it as YYYY-MM-DD";
            return false;
        }
        var (day, month) = first > 12 ? (first, second) : (second, first);
        return Valid(year, month, day, match.Value, out date, ref problem);
    }

    private static bool Valid(int year, int month, int? day, string text, out PartialDate date, ref string? problem)
    {
        date = default;
        if (year < 1000 || month is < 1 or > 12 || day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
        {
            problem = $"'{text}' is no day of the calendar";
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool IsWeekday(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames)
            .Any(name => string.Equals(name, word, StringComparison.OrdinalIgnoreCase));

    // A time of day and zone after the date, as feeds write it: "10:32 AM EDT", "10:00:00 GMT", "10:00 +0200".
    private const string Time = @"(?:,?\s+(?:at\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}|\s*[+-][0-9]{2}:?[0-9]{2})?)?";

    [GeneratedRegex(@"^(?:(?<weekday>[A-Za-z]+),?\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+)?(?<year>[0-9]{4})" + Time + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?:(?<weekday>[A-Za-z]+),?\s+)?(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>[0-9]{4})" + Time + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?:(?<yearFirst>[0-9]{4})[/.](?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})|(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.](?<year>[0-9]{4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
