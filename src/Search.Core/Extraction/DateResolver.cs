using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds dates in news text — "December 26", "Dec. 26th", "on Friday", "earlier this month", "this week", "last
/// week", "in October" — and resolves them against the article's publication date. A weekday needs a publication
/// day; "this month" needs at least its month. Without what it needs, a date stays unresolved: it is never invented.
/// </summary>
public static partial class DateResolver
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>The dates in <paramref name="text"/>, resolved against <paramref name="published"/> where possible.</summary>
    public static IReadOnlyList<TextDate> Find(string text, PartialDate? published, int start = 0, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        var dates = new List<TextDate>();
        var taken = new List<TextSpan>();
        var searched = text.AsSpan(start, end - start);
        // Three patterns share the full-month cue: each cue is looked for once per text.
        var answered = new List<(WordCue Cue, bool Found)>(6);
        foreach (var (pattern, cue, resolve, rule) in Patterns(published, text))
        {
            if (AnswerOf(answered, cue) is not { } found)
            {
                found = cue.IsIn(searched);
                answered.Add((cue, found));
            }
            if (!found)
            {
                continue;
            }
            foreach (Match match in pattern.Matches(text[..end], start))
            {
                var span = new TextSpan(match.Index, match.Length);
                if (taken.Any(t => t.Start < span.End && span.Start < t.End))
                {
                    continue;
                }
                taken.Add(span);
                var (from, to) = resolve(match);
                dates.Add(new TextDate(span, match.Value, from, to, rule));
            }
        }
        dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return dates;
    }

    private static bool? AnswerOf(List<(WordCue Cue, bool Found)> answered, WordCue cue)
    {
        foreach (var (asked, found) in answered)
        {
            if (asked == cue)
            {
                return found;
            }
        }
        return null;
    }

    // A word every match of a pattern contains: a text without it skips the pattern. Most articles name no month and
    // no weekday, and running the eight patterns over every article cost about a tenth of extraction; a cue of letters
    // alone ("Mar", "day") let most articles through, since it also matched "Market" and "today".
    private static readonly WordCue AnyMonthCue = new([.. MonthNames, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);
    private static readonly WordCue FullMonthCue = new(MonthNames);
    private static readonly WordCue MonthWordCue = new(["month"], ignoreCase: true);
    private static readonly WordCue WeekCue = new(["week"], ignoreCase: true);
    private static readonly WordCue RelativeDayCue = new(["today", "yesterday"], ignoreCase: true);
    private static readonly WordCue WeekdayCue = new(CultureInfo.InvariantCulture.DateTimeFormat.DayNames);

    private static IEnumerable<(Regex Pattern, WordCue Cue, Func<Match, (DateOnly?, DateOnly?)> Resolve, string Rule)> Patterns(PartialDate? published, string text)
    {
        DateOnly? day = published is { Precision: DatePrecision.Day } p ? p.FirstDay : null;
        yield return (MonthDay(), AnyMonthCue, m => Single(DayOf(published, Month(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m.Groups["year"].Value, IsAhead(text, m.Index))), "month-day");
        yield return (DayMonth(), FullMonthCue, m => Single(DayOf(published, Month(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m.Groups["year"].Value, IsAhead(text, m.Index))), "day-month");
        yield return (MonthYear(), FullMonthCue, m => MonthRange(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), Month(m.Groups["month"].Value)), "month-year");
        yield return (RelativeMonth(), MonthWordCue, m => RelativeMonthRange(published, m.Groups["which"].Value), "relative-month");
        yield return (RelativeWeek(), WeekCue, m => day is { } d ? WeekRange(d, m.Groups["which"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0) : (null, null), "relative-week");
        yield return (RelativeDay(), RelativeDayCue, m => day is { } d ? Single(m.Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? d.AddDays(-1) : d) : (null, null), "relative-day");
        yield return (Weekday(), WeekdayCue, m => day is { } d ? Single(IsAhead(text, m.Index)
            ? NextWeekday(d, Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true))
            : LastWeekday(d, Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true))) : (null, null), "weekday");
        yield return (InMonth(), FullMonthCue, m => LatestMonth(published, Month(m.Groups["month"].Value)), "in-month");
    }

    private static (DateOnly?, DateOnly?) Single(DateOnly? day) => (day, day);

    private static int Month(string name) => Ingestion.PublicationDate.MonthNumber(name);

    /// <summary>
    /// The day in the year stated, or else in the publication year — the year before if that would be in the future,
    /// unless the sentence looks ahead ("will be held on March 5"), when it is the next such day on or after publication.
    /// </summary>
    private static DateOnly? DayOf(PartialDate? published, int month, int dayOfMonth, string year, bool ahead)
    {
        var explicitYear = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : (int?)null;
        var inferred = explicitYear ?? published?.Year;
        if (inferred is not { } y || month < 1 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(y, month))
        {
            return null;
        }
        var candidate = new DateOnly(y, month, dayOfMonth);
        if (explicitYear is null && published is { } p)
        {
            if (ahead)
            {
                return candidate < p.FirstDay && y < DateOnly.MaxValue.Year && dayOfMonth <= DateTime.DaysInMonth(y + 1, month) ? candidate.AddYears(1) : candidate;
            }
            if (candidate.DayNumber > p.LastDay.DayNumber + 7 && dayOfMonth <= DateTime.DaysInMonth(y - 1, month))
            {
                candidate = candidate.AddYears(-1);
            }
        }
        return candidate;
    }

    private static (DateOnly?, DateOnly?) MonthRange(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>"in October": the latest October not after the publication month.</summary>
    private static (DateOnly?, DateOnly?) LatestMonth(PartialDate? published, int month)
    {
        if (published is not { Month: { } publishedMonth } p)
        {
            return (null, null);
        }
        return MonthRange(month <= publishedMonth ? p.Year : p.Year - 1, month);
    }

    private static (DateOnly?, DateOnly?) RelativeMonthRange(PartialDate? published, string which)
    {
        if (published is not { Month: { } month } p)
        {
            return (null, null);
        }
        var first = new DateOnly(p.Year, month, 1);
        if (which.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            first = first.AddMonths(-1);
        }
        var (from, to) = MonthRange(first.Year, first.Month);
        // "Earlier this month" ends before the publication day, when that is known.
        return (from, which.Equals("last", StringComparison.OrdinalIgnoreCase) || p.Day is null ? to : p.FirstDay);
    }

    /// <summary>The week (Monday to Sunday) containing the day, or the one before it.</summary>
    private static (DateOnly?, DateOnly?) WeekRange(DateOnly day, int weeksBack)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).AddDays(7 * weeksBack);
        return (monday, weeksBack == 0 ? day : monday.AddDays(6));
    }

    /// <summary>"will meet on Monday": the next Monday after the publication day.</summary>
    private static DateOnly NextWeekday(DateOnly day, DayOfWeek weekday) => day.AddDays(((int)weekday - (int)day.DayOfWeek + 6) % 7 + 1);

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".!?;,\n");

    // Words that put a date that follows them in the future: "will be held on", "is due to resume on", "next Monday".
    private static readonly SearchValues<string> AheadWords = SearchValues.Create(
        [" will ", "'ll ", " would ", " next ", " scheduled for ", " scheduled to ", " is due to ", " are due to ", " was due to ",
         " were due to ", " due on ", " expected to ", " set to ", " planned for ", " upcoming "], StringComparison.OrdinalIgnoreCase);

    // A present tense right before the date schedules it: "the vote is on March 5", "talks begin on Monday". Only right
    // before: in "the inquiry is on the March 5 attack" the date names something past.
    private static readonly string[] ScheduledBefore =
        [" is on ", " are on ", " is set for ", " is slated for ", " takes place on ", " take place on ", " begins on ", " begin on ",
         " starts on ", " start on ", " opens on ", " open on ", " ends on ", " end on ", " resumes on ", " resume on "];

    /// <summary>
    /// Whether the date's own clause looks ahead: a future word in the 50 characters before it, with no comma or
    /// sentence end between ("Putin, who will visit China, said on Friday" and "Due to fog, flights were cancelled on
    /// March 3" are past), or a present tense that schedules it, right before it.
    /// </summary>
    private static bool IsAhead(string text, int at)
    {
        var from = Math.Max(0, at - 50);
        var before = text.AsSpan(from, at - from);
        var clauseStart = before.LastIndexOfAny(ClauseEnds);
        if (before[(clauseStart + 1)..].IndexOfAny(AheadWords) >= 0)
        {
            return true;
        }
        foreach (var scheduled in ScheduledBefore)
        {
            if (before.EndsWith(scheduled, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>News reports "on Friday" for the most recent Friday up to the publication day.</summary>
    private static DateOnly LastWeekday(DateOnly day, DayOfWeek weekday) => day.AddDays(-(((int)day.DayOfWeek - (int)weekday + 7) % 7));

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)[0-9]{2})\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(?<year>(?:19|20)[0-9]{2})\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)[0-9]{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:earlier\s+)?(?<which>this|last)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?<which>this|last)\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWeek();

    [GeneratedRegex(@"\b(?:today|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:in|since|during|by)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)[0-9]{2})")]
    private static partial Regex InMonth();
}
