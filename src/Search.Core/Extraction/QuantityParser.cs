using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds numeric expressions with their hedges and ranges and normalises each to an interval: numerals ("3,000",
/// "1.5 million"), number words ("two thousand", "a dozen"), vague amounts ("thousands of"), ranges ("10,000 to
/// 12,000", "10,000-12,000", "between 10 and 12") and hedges ("more than", "nearly", "up to", "about", "at least").
/// Years, ordinals, clock times and the day numbers of dates are not quantities.
/// </summary>
public static partial class QuantityParser
{
    private enum Kind { Exact, Above, AtLeast, Nearly, UpTo, About, Below, Increment }

    // Tried longest first (sorted below), so "no more than" wins over "more than" and "more than" over "over".
    private static readonly (string Phrase, Kind Kind)[] Hedges = SortedByLength(
    [
        ("in excess of", Kind.Above), ("upwards of", Kind.Above), ("more than", Kind.Above), ("just over", Kind.Above), ("over", Kind.Above), ("above", Kind.Above),
        ("no fewer than", Kind.AtLeast), ("no less than", Kind.AtLeast), ("not less than", Kind.AtLeast), ("at least", Kind.AtLeast), ("a minimum of", Kind.AtLeast),
        ("just shy of", Kind.Nearly), ("just under", Kind.Nearly), ("close to", Kind.Nearly), ("not quite", Kind.Nearly), ("nearly", Kind.Nearly), ("almost", Kind.Nearly),
        ("as many as", Kind.UpTo), ("as high as", Kind.UpTo), ("as much as", Kind.UpTo), ("no more than", Kind.UpTo), ("a maximum of", Kind.UpTo), ("at most", Kind.UpTo), ("up to", Kind.UpTo),
        ("an estimated", Kind.About), ("an approximate", Kind.About), ("approximately", Kind.About), ("roughly", Kind.About), ("around", Kind.About),
        ("about", Kind.About), ("estimated", Kind.About), ("some", Kind.About), ("circa", Kind.About),
        ("fewer than", Kind.Below), ("less than", Kind.Below), ("under", Kind.Below), ("below", Kind.Below),
        // "another 22 cases", "a further 12 bodies": as many again, on top of a count given before (see IsIncrement).
        ("another", Kind.Increment), ("a further", Kind.Increment), ("an additional", Kind.Increment), ("an extra", Kind.Increment),
        ("further", Kind.Increment), ("additional", Kind.Increment),
    ]);

    /// <summary>The word after an amount that makes it an addition too: "30 more people".</summary>
    private const string MoreHedge = "more";

    /// <summary>Whether a figure's hedge makes it an addition to an earlier count ("another 22"), not a count of its own.</summary>
    public static bool IsIncrement(string hedge) =>
        hedge.Equals(MoreHedge, StringComparison.OrdinalIgnoreCase)
        || Hedges.Any(h => h.Kind == Kind.Increment && h.Phrase.Equals(hedge, StringComparison.OrdinalIgnoreCase));

    private static readonly string[][] HedgeWords = Hedges.Select(h => h.Phrase.Split(' ')).ToArray();

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the folded word is a number written out ("seven", "twenty").</summary>
    internal static bool IsNumberWord(string key) => Units.ContainsKey(key);

    /// <summary>Currency words after an amount: "500 euros" is a sum of money, not a count.</summary>
    private static readonly FrozenSet<string> Currencies = FrozenSet.ToFrozenSet(
        ["dollars", "euros", "pounds", "rubles", "roubles", "hryvnias", "hryvnia", "yuan", "yen", "francs", "rupees"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague amounts as intervals: "thousands" is [2000, 10000), never a single made-up number.</summary>
    private static readonly FrozenDictionary<string, (double Low, double High)> Vague = new Dictionary<string, (double, double)>
    {
        ["dozens"] = (24, 100), ["hundreds"] = (200, 1_000), ["thousands"] = (2_000, 10_000), ["millions"] = (2_000_000, 10_000_000),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The words an amount can begin with (besides digits). Most words of a text begin none, and one lookup here turns them
    // away before the lookups of each kind of amount below.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountOpeners =
        Units.Keys.Concat(Scales.Keys).Concat(Vague.Keys).Concat(["tens", "several", "few", "dozen"])
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> BeforeYears = FrozenSet.ToFrozenSet(
        ["in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "early", "late", "mid", "year", "spring", "summer", "autumn", "fall", "winter"],
        StringComparer.Ordinal);

    /// <summary>The quantities in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static IReadOnlyList<Quantity> Parse(string text, int start = 0, int end = -1) => Parse(text, Words.Tokenize(text, start, end));

    /// <summary>The quantities among already tokenised words of <paramref name="text"/>.</summary>
    internal static IReadOnlyList<Quantity> Parse(string text, List<WordToken> tokens)
    {
        var quantities = new List<Quantity>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReadAmount(text, tokens, i) is not { } amount)
            {
                continue;
            }
            var first = i;
            var last = amount.LastToken;
            // "a dozen", "a million": the article belongs to the amount, so a hedge before it is found ("nearly a million").
            if (first > 0 && tokens[first - 1].Key == "a" && (tokens[first].Key == "dozen" || Scales.ContainsKey(tokens[first].Key)))
            {
                first--;
            }
            var (low, high) = (amount.Low, amount.High);
            // A range: "10,000 to 12,000", "10,000–12,000", "between 10 and 12", "from 10 to 12".
            if (last + 1 < tokens.Count && text[tokens[last].End..tokens[last + 1].Start] is "–" or "—" or "-"
                && ReadAmount(text, tokens, last + 1) is { IsVague: false } dashed && dashed.Low >= low)
            {
                low = ScaledLike(low, amount, dashed, tokens);
                high = dashed.High;
                last = dashed.LastToken;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Key is "to" or "and" && ReadAmount(text, tokens, last + 2) is { } upper && upper.Low >= low)
            {
                var opener = first > 0 ? tokens[first - 1].Key : "";
                if (tokens[last + 1].Key == "to" || opener == "between")
                {
                    low = ScaledLike(low, amount, upper, tokens);
                    high = upper.High;
                    last = upper.LastToken;
                    if (opener is "between" or "from")
                    {
                        first--;
                    }
                }
            }
            if (IsProportionOrMoney(text, tokens, first, last) || (first == last && SetOffAge.IsAge(text, tokens, first)) || AgeLimit.Opens(tokens, first)
                || IsMeasure(text, tokens, first, last))
            {
                i = last;
                continue;
            }
            if (first == last && low == high && RatioEnd(text, tokens, last, low) is { } ratioEnd)
            {
                i = ratioEnd; // "1 in 4 children", "three out of five": a share, neither number a count
                continue;
            }
            var (hedge, hedgeStart, kind) = HedgeBefore(text, tokens, first);
            if (hedge.Length == 0 && MoreAfter(text, tokens, last))
            {
                (hedge, hedgeStart, kind) = (tokens[++last].Text, tokens[first].Start, Kind.Increment); // "30 more people"
            }
            var isRange = high > low || amount.IsVague;
            var quantity = isRange
                ? Range(kind, low, high)
                : Interval(kind, low);
            var spanStart = hedge.Length > 0 ? hedgeStart : tokens[first].Start;
            var span = TextSpan.FromBounds(spanStart, tokens[last].End);
            quantities.Add(new Quantity(span, span.Of(text), hedge, quantity.Low, quantity.High, quantity.LowInclusive, quantity.HighInclusive));
            i = last;
        }
        return quantities;
    }

    /// <summary>"30 more people", "12 more": "more" after an amount adds it to a count given before; not "30 more than…".</summary>
    private static bool MoreAfter(string text, List<WordToken> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Key == MoreHedge && Words.Gap(text, tokens, last) is " "
        && (last + 2 >= tokens.Count || tokens[last + 2].Key != "than");

    private sealed record Amount(double Low, double High, int LastToken, bool IsVague);

    /// <summary>Units after an amount that make it a measure, not a count: time ("48 hours"), distance, weight, a score's points.</summary>
    private static readonly FrozenSet<string> MeasureUnits = FrozenSet.ToFrozenSet(
    [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "second", "minute", "hour", "day",
        "week", "month", "year", "points", "point", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
        "meters", "metre", "meter", "feet", "foot", "inches", "kg", "kilograms", "tonnes", "tons", "degrees", "mph", "acres", "hectares",
        "times",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "over the past 48 hours", "won by 20 points", "a 6.8 earthquake", "measured 6.8": a span, a distance or a
    /// magnitude, which no claim's count of people is compared with. A bare decimal counts nothing ("1.5 million" has
    /// its scale); a year or a day of a month is handled elsewhere.
    /// </summary>
    private static bool IsMeasure(string text, List<WordToken> tokens, int first, int last)
    {
        if (first == last && tokens[first].Text.Contains('.', StringComparison.Ordinal) && tokens[first].Text.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return true;
        }
        // "6.8-magnitude", "48-hour": the unit joined by a hyphen is part of the word after the number.
        return last + 1 < tokens.Count && MeasureUnits.Contains(tokens[last + 1].Key) && Words.Gap(text, tokens, last).SequenceEqual(" ");
    }

    /// <summary>
    /// The last token of a ratio that the small number <paramref name="value"/> at <paramref name="last"/> opens, or null:
    /// "1 in 4 children", "three out of five", "one in 10". Not a count and where it was ("killed 40 in 24 hours", "12 in
    /// two villages", "arrested 300 in 2023"): a ratio's first number is at most ten and smaller than its second, which
    /// is no year.
    /// </summary>
    private static int? RatioEnd(string text, List<WordToken> tokens, int last, double value)
    {
        const int MaxFirst = 10, FirstYear = 1000;
        var next = last + 1;
        var second = next < tokens.Count && tokens[next].Key == "in" ? next + 1
            : next + 2 < tokens.Count && tokens[next].Key == "out" && tokens[next + 1].Key == "of" ? next + 2 : -1;
        if (value > MaxFirst || second < 0 || second >= tokens.Count || ReadAmount(text, tokens, second) is not { IsVague: false } of
            || of.LastToken != second || of.Low <= value || of.Low >= FirstYear)
        {
            return null;
        }
        return second + 1 < tokens.Count && MeasureUnits.Contains(tokens[second + 1].Key) ? null : second; // "one in 24 hours"
    }

    /// <summary>
    /// "40%", "40 percent", "40 per cent", "$3 million", "€200", "500 euros": a share or a sum of money, which a claim's
    /// figures never compare with counts of people or things.
    /// </summary>
    private static bool IsProportionOrMoney(string text, List<WordToken> tokens, int first, int last)
    {
        var start = tokens[first].Start;
        if (start > 0 && text[start - 1] is '$' or '€' or '£' or '¥' or '₴' or '₽')
        {
            return true;
        }
        var after = tokens[last].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        if (after < text.Length && text[after] == '%')
        {
            return true;
        }
        var next = last + 1 < tokens.Count ? tokens[last + 1].Key : "";
        return next is "percent" || Currencies.Contains(next)
            || (next == "per" && last + 2 < tokens.Count && tokens[last + 2].Key == "cent");
    }

    private static (string Phrase, Kind Kind)[] SortedByLength((string Phrase, Kind Kind)[] hedges) =>
        hedges.OrderByDescending(h => h.Phrase.Count(c => c == ' ')).ToArray();

    /// <summary>
    /// The low end of a range whose scale word is written once, after the high end: "10 to 12 million" is 10 million to
    /// 12 million. A low end larger than the high end's own number keeps its value ("500 to 2 million").
    /// </summary>
    private static double ScaledLike(double low, Amount lower, Amount upper, List<WordToken> tokens)
    {
        var scale = Scales.GetValueOrDefault(tokens[upper.LastToken].Key, 1);
        var lowerIsScaled = Scales.ContainsKey(tokens[lower.LastToken].Key);
        return scale > 1 && !lowerIsScaled && low * scale <= upper.Low ? low * scale : low;
    }

    private static Amount? ReadAmount(string text, List<WordToken> tokens, int i)
    {
        var token = tokens[i];
        var key = token.Key;
        if (!StartsWithDigit(token.Text) && !AmountOpeners.Contains(FirstPartOf(key)))
        {
            return null;
        }
        if (Vague.TryGetValue(key, out var vague))
        {
            // "tens of thousands", "hundreds of thousands"
            if (key is "hundreds" && i + 2 < tokens.Count && tokens[i + 1].Key == "of" && tokens[i + 2].Key == "thousands")
            {
                return new Amount(200_000, 1_000_000, i + 2, true);
            }
            return new Amount(vague.Low, vague.High, i, true);
        }
        if (key == "tens" && i + 2 < tokens.Count && tokens[i + 1].Key == "of" && tokens[i + 2].Key == "thousands")
        {
            return new Amount(20_000, 100_000, i + 2, true);
        }
        // "several thousand", "a few hundred", "several hundred thousand": vague, as "thousands" is
        if ((key == "several" || (key == "few" && i > 0 && tokens[i - 1].Key == "a")) && i + 1 < tokens.Count && Scales.ContainsKey(tokens[i + 1].Key))
        {
            var scaleEnd = i + 1;
            var vagueScale = 1.0;
            for (; scaleEnd < tokens.Count && Scales.TryGetValue(tokens[scaleEnd].Key, out var each); scaleEnd++)
            {
                vagueScale *= each;
            }
            return key == "several"
                ? new Amount(3 * vagueScale, 9 * vagueScale, scaleEnd - 1, true)
                : new Amount(2 * vagueScale, 5 * vagueScale, scaleEnd - 1, true);
        }
        if (key is "dozen" or "dozens")
        {
            return key == "dozen" && i > 0 && tokens[i - 1].Key is "a" or "one" ? new Amount(12, 12, i, false) : null;
        }
        if (StartsWithDigit(token.Text) && HyphenRange().Match(token.Text) is { Success: true } range)
        {
            var lowValue = ParseNumeral(range.Groups[1].Value);
            var highValue = ParseNumeral(range.Groups[2].Value);
            if (lowValue is not { } l || highValue is not { } h || h < l)
            {
                return null;
            }
            // "10-12 million"
            return i + 1 < tokens.Count && Scales.TryGetValue(tokens[i + 1].Key, out var rangeScale)
                ? new Amount(l * rangeScale, h * rangeScale, i + 1, false)
                : new Amount(l, h, i, false);
        }
        double value;
        var last = i;
        if (IsClockTime(text, token))
        {
            return null; // "10:30"
        }
        if (ParseNumeral(token.Text) is { } numeral)
        {
            if (IsYear(token, tokens, i) || IsDateOrTime(tokens, i, numeral))
            {
                return null;
            }
            value = numeral;
            // "10 000 troops", "3 381 homes": thousands set apart by a space, as European and UN copy writes them.
            while (last + 1 < tokens.Count && IsDigitGroup(token.Text, 1) && IsDigitGroup(tokens[last + 1].Text, 3)
                && tokens[last + 1].Start - tokens[last].End == 1 && text[tokens[last].End] is ' ' or '\u00A0' or '\u202F' or '\u2009')
            {
                last++;
                value = value * 1000 + int.Parse(tokens[last].Text, CultureInfo.InvariantCulture);
            }
        }
        else if (ParseWords(tokens, i, out var words, out var wordsLast))
        {
            value = words;
            last = wordsLast;
        }
        else
        {
            return null;
        }
        // "1.5 million", "3 thousand"
        if (last + 1 < tokens.Count && Scales.TryGetValue(tokens[last + 1].Key, out var scale) && ParseNumeral(token.Text) is not null)
        {
            value *= scale;
            last++;
        }
        // A run of hundreds of digits (a hash, a pasted number) overflows to infinity, which JSON cannot store.
        return double.IsFinite(value) ? new Amount(value, value, last, false) : null;
    }

    /// <summary>Whether <paramref name="word"/> is a group of digits as thousands are written: one to three digits, or exactly three.</summary>
    private static bool IsDigitGroup(string word, int shortest) =>
        word.Length >= shortest && word.Length <= 3 && word.All(char.IsAsciiDigit);

    // Both numeral patterns start with a digit: most words are turned away here, before a regex runs for each of them.
    private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    private static double? ParseNumeral(string text)
    {
        if (!StartsWithDigit(text) || !Numeral().IsMatch(text))
        {
            return null;
        }
        var value = double.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : null;
    }

    /// <summary>"twenty-five thousand", "a hundred", "three million", "eleven".</summary>
    private static bool ParseWords(List<WordToken> tokens, int i, out double value, out int last)
    {
        value = 0;
        last = i;
        double total = 0;
        double current = 0;
        var any = false;
        var j = i;
        for (; j < tokens.Count; j++)
        {
            var key = tokens[j].Key;
            if (UnitsOf(key) is { } units)
            {
                current += units;
            }
            else if (Scales.TryGetValue(key, out var scale) && (any || (j > 0 && tokens[j - 1].Key is "a" or "one")))
            {
                current = Math.Max(current, 1) * scale;
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }
            }
            // "three hundred and twelve", but not "between ten and twenty"
            else if (key == "and" && any && Scales.ContainsKey(tokens[j - 1].Key) && j + 1 < tokens.Count && Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(FirstPartOf(tokens[j + 1].Key)))
            {
                continue;
            }
            else
            {
                break;
            }
            any = true;
            last = j;
        }
        value = total + current;
        // "one" alone is too often a pronoun ("one of the thousands"): only words from two up count alone, or "one" before
        // a word for a person ("killing one person", "one soldier was wounded"), a count of the dead as much as "two".
        // Not "the one person who…", "a one man cult", "that one officer": a determiner makes "one" mean "single".
        return any && (last > i || value >= 2 || (last + 1 < tokens.Count && (OnePerson.Contains(tokens[last + 1].Key) || EntityRecognizer.IsPersonNoun(tokens[last + 1].Key))
            && !(i > 0 && tokens[i - 1].Key is "the" or "a" or "an" or "this" or "that" or "every" or "any" or "no" or "each")));
    }

    /// <summary>Words for a person after "one" that make it a count (with <see cref="EntityRecognizer.IsPersonNoun"/>).</summary>
    private static readonly FrozenSet<string> OnePerson = FrozenSet.ToFrozenSet(
    [
        "person", "man", "woman", "child", "boy", "girl", "baby", "civilian", "resident", "firefighter", "policeman", "policewoman",
        "worker", "student", "passenger", "tourist", "migrant", "patient", "victim", "teenager", "fighter", "militant", "pilot",
    ], StringComparer.Ordinal);

    private static bool IsYear(WordToken token, List<WordToken> tokens, int i)
    {
        if (token.Text.Length != 4 || !token.Text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var number = int.Parse(token.Text, CultureInfo.InvariantCulture);
        if (number is < 1800 or > 2100)
        {
            return false;
        }
        var before = i > 0 ? tokens[i - 1].Key : "";
        // "the 2024 floods", "a 2019 earthquake", "Rwanda's 1994 genocide", "1994 was the worst year": news writes a count of thousands with
        // a comma ("the 2,000 troops"), and a count takes a plural verb.
        return BeforeYears.Contains(before) || Words.IsMonth(before) || (i > 1 && Words.IsMonth(tokens[i - 2].Key)) || i + 1 >= tokens.Count
            || !char.IsLetter(tokens[i + 1].Text[0]) || before is "the" or "a" or "an" || (i > 0 && tokens[i - 1].IsPossessive) || tokens[i + 1].Key is "was" or "is" or "has";
    }

    private static bool IsDateOrTime(List<WordToken> tokens, int i, double value)
    {
        var after = i + 1 < tokens.Count ? tokens[i + 1].Key : "";
        // "December 26", "26 Dec.": a capitalised month beside a day number; "200 may have died" and "10,000 march" are counts.
        var isDay = value is >= 1 and <= 31 && value == Math.Floor(value);
        return (isDay && (IsMonth(tokens, i - 1) || IsMonth(tokens, i + 1))) || after is "a.m." or "p.m." or "am" or "pm" or "gmt" or "utc";
    }

    private static bool IsClockTime(string text, WordToken token) =>
        (token.End + 1 < text.Length && text[token.End] == ':' && char.IsAsciiDigit(text[token.End + 1]))
        || (token.Start >= 2 && text[token.Start - 1] == ':' && char.IsAsciiDigit(text[token.Start - 2]));

    private static bool IsMonth(List<WordToken> tokens, int t) =>
        t >= 0 && t < tokens.Count && char.IsUpper(tokens[t].Text[0]) && Words.IsMonth(tokens[t].Key.TrimEnd('.'));

    /// <summary>The value of a number word or a hyphenated one ("twenty-five"), or <c>null</c>.</summary>
    private static int? UnitsOf(string key)
    {
        if (!key.Contains('-', StringComparison.Ordinal))
        {
            return Units.TryGetValue(key, out var unit) ? unit : null;
        }
        var sum = 0;
        foreach (var part in key.Split('-'))
        {
            if (!Units.TryGetValue(part, out var unit))
            {
                return null;
            }
            sum += unit;
        }
        return sum;
    }

    /// <summary>"twenty" of "twenty-five".</summary>
    private static ReadOnlySpan<char> FirstPartOf(string key) => key.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? key.AsSpan(0, dash) : key;

    private static (string Hedge, int Start, Kind Kind) HedgeBefore(string text, List<WordToken> tokens, int first)
    {
        for (var h = 0; h < Hedges.Length; h++)
        {
            var (words, kind) = (HedgeWords[h], Hedges[h].Kind);
            var k = first - words.Length;
            if (k < 0)
            {
                continue;
            }
            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                matches = tokens[k + w].Key == words[w] && (w == words.Length - 1
                    ? text.AsSpan(tokens[k + w].End, tokens[first].Start - tokens[k + w].End).Trim().IsEmpty
                    : text.AsSpan(tokens[k + w].End, tokens[k + w + 1].Start - tokens[k + w].End).Trim().IsEmpty);
            }
            if (matches)
            {
                return (text[tokens[k].Start..tokens[first - 1].End], tokens[k].Start, kind);
            }
        }
        return ("", -1, Kind.Exact);
    }

    private static (double Low, double? High, bool LowInclusive, bool HighInclusive) Interval(Kind kind, double n) => kind switch
    {
        Kind.Above => (n, null, false, false),
        Kind.AtLeast => (n, null, true, false),
        Kind.Nearly => (Round(0.9 * n), n, true, false),
        Kind.UpTo => (0, n, true, true),
        Kind.About => (Round(0.9 * n), Round(1.1 * n), true, true),
        Kind.Below => (0, n, true, false),
        _ => (n, n, true, true),
    };

    /// <summary>A range or a vague amount; a hedge widens or bounds it the same way it would a single number.</summary>
    private static (double Low, double? High, bool LowInclusive, bool HighInclusive) Range(Kind kind, double low, double high) => kind switch
    {
        Kind.Above => (low, null, false, false),
        Kind.AtLeast => (low, null, true, false),
        Kind.UpTo or Kind.Below => (0, high, true, kind == Kind.UpTo),
        Kind.About or Kind.Nearly => (Round(0.9 * low), Round(1.1 * high), true, true),
        _ => (low, high, true, true),
    };

    private static double Round(double value) => Math.Round(value, 2);

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)[-–]([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$")]
    private static partial Regex HyphenRange();
}
