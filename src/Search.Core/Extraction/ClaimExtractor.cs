using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the claims an article reports. Speech quotes come first: a quote followed or preceded by a speaker and a
/// reporting verb, or continuing the previous speaker's quote. Then each remaining sentence: a speaker phrase and a
/// reporting verb before the content ("X said that …") or after it ("…, X said", "…, said X"), "according to X" and "per X";
/// denied or passive verbs do not count, and a trailing source relaying a leading one ("…, Yonhap reported") is not a
/// second claim. Sentences with no source but a hedge ("reportedly") or a figure are kept as unattributed claims.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>Rule names, recorded on every claim.</summary>
    public const string QuoteRule = "quote-attributed", ContinuationRule = "quote-continuation", LeadingRule = "speaker-cue-content",
        TrailingRule = "content-speaker-cue", InvertedRule = "content-cue-speaker", RelativeRule = "speaker-relative-cue",
        AccordingRule = "according-to", HedgeRule = "unattributed-hedge", FigureRule = "unattributed-figure";

    /// <summary>A reporting verb (or "according to"), its speaker, and where the speaker phrase begins (a description may lead up to the name).</summary>
    private sealed record Attribution(int Cue, int First, int Last, bool Trailing, bool According)
    {
        public int PhraseFirst { get; init; } = First;

        /// <summary>Where the speaker phrase ends: after the speaker when a description follows the name.</summary>
        public int PhraseLast { get; init; } = Last;

        /// <summary>The verb before its speaker, after the content: "…, said the NIS".</summary>
        public bool Inverted { get; init; }

        /// <summary>The verb opens a relative clause after its speaker: "the ministry, which said …,".</summary>
        public bool Relative { get; init; }

        /// <summary>The verb shares the speaker of the one before it: "Meta denied the allegations and said it would appeal".</summary>
        public bool Conjoined { get; init; }
    }

    /// <summary>The claims of one article, in text order.</summary>
    internal static IReadOnlyList<Claim> Extract(ArticleText article)
    {
        var claims = new List<Claim>();
        var usedCues = new HashSet<int>();
        var quotes = new List<TextSpan>();
        var allQuotes = new List<TextSpan>();
        foreach (var paragraph in Paragraphs(article.Text))
        {
            var inParagraph = SpeechQuotes.In(article.Text, paragraph);
            quotes.AddRange(QuoteClaims(article, paragraph, inParagraph, claims, usedCues));
            allQuotes.AddRange(inParagraph);
        }
        foreach (var sentence in article.Sentences)
        {
            SentenceClaims(article, sentence, claims, usedCues, quotes, allQuotes);
        }
        // A rule that found a speaker but no words of content ("…," Putin said.) leaves only punctuation: no claim.
        claims.RemoveAll(c => !c.Text.Any(char.IsLetterOrDigit));
        claims.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        SpeakForTheirBody(claims);
        ReferBackToSpeakers(claims);
        return claims;
    }

    /// <summary>
    /// "…, the state civil defense agency said. …, the agency said.": a body named only by its kind refers back to the
    /// speaker before it of that kind, when no entity is (see ClaimantResolver), and is that speaker.
    /// </summary>
    private static void ReferBackToSpeakers(List<Claim> claims)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            // Only as left unresolved, with its article: "the agency", "the company".
            if (claims[i].Claimant is not { Entity: null } claimant || !claimant.Name.StartsWith("the ", StringComparison.Ordinal))
            {
                continue;
            }
            var kind = " " + claimant.Name[4..]; // "agency": "the state civil defense agency", not "the agency" again
            for (var j = i - 1; j >= 0; j--)
            {
                if (claims[j].Claimant.Name.EndsWith(kind, StringComparison.OrdinalIgnoreCase) && claims[j].Claimant.Name != claimant.Name)
                {
                    claims[i] = claims[i] with { Claimant = claims[j].Claimant };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A person described once as speaking for a body ("NDRRMC executive director Ricardo Ilagan said…") speaks for it
    /// each time the article quotes them ("…," Ilagan said), unless it describes them as speaking for two.
    /// </summary>
    private static void SpeakForTheirBody(List<Claim> claims)
    {
        var bodies = claims.Where(c => c.Claimant.SpeaksFor is not null)
            .GroupBy(c => c.Claimant.Name, StringComparer.Ordinal)
            .Select(g => (Person: g.Key, Bodies: g.Select(c => c.Claimant.SpeaksFor!).Distinct(StringComparer.Ordinal).ToList()))
            .Where(p => p.Bodies.Count == 1)
            .ToDictionary(p => p.Person, p => p.Bodies[0], StringComparer.Ordinal);
        for (var i = 0; i < claims.Count && bodies.Count > 0; i++)
        {
            if (claims[i].Claimant is { SpeaksFor: null, Entity: not null } claimant && bodies.TryGetValue(claimant.Name, out var body))
            {
                claims[i] = claims[i] with { Claimant = claimant with { SpeaksFor = body } };
            }
        }
    }

    private static IEnumerable<TextSpan> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                yield return TextSpan.FromBounds(start, end);
            }
            start = end + 1;
        }
    }

    /// <summary>Claims made by quoted speech; returns the spans of the quotes that became claims.</summary>
    private static List<TextSpan> QuoteClaims(ArticleText article, TextSpan paragraph, IReadOnlyList<TextSpan> quotes, List<Claim> claims, HashSet<int> usedCues)
    {
        var spoken = new List<TextSpan>();
        Claimant? previous = null;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var attribution = AfterQuote(article, quote, paragraph) ?? BeforeQuote(article, quote, paragraph);
            var resolved = attribution is null ? null : ClaimantResolver.Resolve(article, attribution.First, attribution.Last, quotes, attribution.PhraseFirst, attribution.PhraseLast);
            if (attribution is not null && SpeaksForNoOne(article, attribution, resolved!))
            {
                (attribution, resolved) = (null, null);
            }
            var sentenceStart = article.Sentences.LastOrDefault(s => s.Start <= quote.Start - 1).Start;
            // A quote taken up mid-sentence is claimed together with the words that introduce it.
            var contentStart = sentenceStart < quote.Start - 1 && attribution is { Trailing: true } ? sentenceStart : quote.Start;
            var content = TextSpan.FromBounds(contentStart, quote.End);
            string? joined = null;
            if (attribution is { Trailing: true } split && q + 1 < quotes.Count && ResumesAfterAttribution(article, quote, split, quotes[q + 1]))
            {
                // "We will not," he said, "back down.": one claim across the attribution, not two halves, in the
                // speaker's words alone: "We will not back down."
                var resumed = quotes[++q];
                spoken.Add(resumed);
                joined = $"{article.Text[contentStart..(quote.End - 1)]} {resumed.Of(article.Text)}";
                content = TextSpan.FromBounds(contentStart, resumed.End);
            }
            if (attribution is { } found && resolved is not null)
            {
                usedCues.Add(found.Cue);
                var claim = Build(article, content, resolved.Claimant, article.Tokens[found.Cue].Text, QuoteRule, resolved.ByReference ? 0.7 : 0.9);
                claims.Add(joined is null ? claim : OnlyTheQuotes(article, claim, joined, TextSpan.FromBounds(contentStart, quote.End), quotes[q]));
                previous = resolved.Claimant;
                spoken.Add(quote);
                if (AddedAfterQuote(article, found) is { } added)
                {
                    claims.Add(Build(article, added.Content, resolved.Claimant, article.Tokens[added.Attribution.Cue].Text, LeadingRule, resolved.ByReference ? 0.7 : 0.9));
                    spoken.Add(added.Content); // one claim of these words: not a second, nested one ("adding that the ministry said…")
                }
            }
            else if (previous is not null && StartsSentence(article, quote))
            {
                claims.Add(Build(article, content, previous, "continued", ContinuationRule, 0.6));
                spoken.Add(quote);
            }
        }
        return spoken;
    }

    /// <summary>
    /// "…," he said, adding that the business was "very, very strong.": what the speaker of a quotation goes on to add,
    /// after a comma past the attribution (and a short adjunct, "said on Friday,", or a description, "said Kate Phillips,
    /// vice-president of Mercy Corps,"), is a claim of theirs too, as after any speaker who follows what they said (see
    /// AddingTo).
    /// </summary>
    private static (Attribution Attribution, TextSpan Content)? AddedAfterQuote(ArticleText article, Attribution attribution)
    {
        const int MaxAdjunctWords = 4, MaxDescriptionWords = 6;
        var phraseEnd = Math.Max(attribution.Cue, attribution.PhraseLast);
        var sentence = article.Sentences.LastOrDefault(s => s.Start <= article.Tokens[phraseEnd].Start);
        var end = article.TokenAtOrAfter(sentence.End);
        var limit = phraseEnd + MaxAdjunctWords + 1;
        var described = false;
        for (var cue = phraseEnd + 1; cue < end && cue <= limit; cue++)
        {
            if (!article.Between(cue - 1, cue).Contains(','))
            {
                continue;
            }
            if (AddingTo(article, attribution, cue, end) is { } adding)
            {
                return (adding, Content(article, sentence, adding, null, null));
            }
            if (described)
            {
                return null;
            }
            // The words up to the next comma may describe the speaker ("vice-president of Mercy Corps"); once.
            described = true;
            limit = cue + MaxDescriptionWords;
        }
        return null;
    }

    /// <summary>
    /// A claim made of two quotes around their attribution ("We will not," said Petrenko, who commands 3,000 troops,
    /// "back down."): the speaker's words, and only their figures, dates and names.
    /// </summary>
    private static Claim OnlyTheQuotes(ArticleText article, Claim claim, string text, TextSpan first, TextSpan second)
    {
        bool Quoted(TextSpan span) => first.Contains(span.Start) || second.Contains(span.Start);
        return claim with
        {
            Text = text,
            Figures = claim.Figures.Where(f => Quoted(f.Quantity.Span)).ToList(),
            Dates = claim.Dates.Where(d => Quoted(d.Span)).ToList(),
            Entities = article.MentionsIn(first).Concat(article.MentionsIn(second)).Select(m => m.Label).Distinct().ToList(),
        };
    }

    /// <summary>
    /// Whether <paramref name="next"/> takes up the sentence that <paramref name="quote"/> broke off for its attribution:
    /// "We will not," he said, "back down." — the first part ends with a comma, only a comma (after a short adjunct, "said
    /// after the match,") stands between the attribution and the second, which opens in lower case.
    /// </summary>
    private static bool ResumesAfterAttribution(ArticleText article, TextSpan quote, Attribution attribution, TextSpan next)
    {
        const int MaxAdjunctChars = 60;
        var phraseEnd = article.Tokens[Math.Max(attribution.Cue, attribution.Last)].End;
        if (article.Text[quote.End - 1] != ',' || next.Start - 1 <= phraseEnd || next.Length == 0 || !char.IsLower(article.Text[next.Start]))
        {
            return false;
        }
        var between = article.Text.AsSpan(phraseEnd, next.Start - 1 - phraseEnd).Trim();
        return between.Length <= MaxAdjunctChars && between.EndsWith(",") && between[..^1].IndexOfAny(SentenceOrQuoteMarks) < 0;
    }

    private static readonly SearchValues<char> SentenceOrQuoteMarks = SearchValues.Create(".;:!?\"“”‘");

    /// <summary>"…," the NIS said / "…," said the NIS / "…," he continued.</summary>
    private static Attribution? AfterQuote(ArticleText article, TextSpan quote, TextSpan paragraph)
    {
        var start = article.TokenAtOrAfter(quote.End + 1);
        if (start >= article.Tokens.Count || article.Tokens[start].Start >= paragraph.End)
        {
            return null;
        }
        var gap = article.Text.AsSpan(quote.End, article.Tokens[start].Start - quote.End);
        if (gap.ContainsAny(".;:".AsSpan()) && !QuoteEndsWithPunctuation(article.Text, quote))
        {
            return null;
        }
        // A quote that ends its sentence with a full stop ("…until further notice." Police said 12 were hurt) is not what
        // the next sentence's speaker said; one that ends with "?" or "!" still takes its speaker ("Why stop?" Putin said).
        var nextWord = article.Tokens[start].Start;
        if (!QuoteEndsWithPunctuation(article.Text, quote) && article.Sentences.Any(s => s.Start >= quote.End && s.Start <= nextWord))
        {
            return null;
        }
        if (ReportingWords.QuoteCues.Contains(article.Key(start)) && SpeakerPhrase.After(article, start, paragraph.End) is { } after)
        {
            return new Attribution(start, after.First, after.Last, true, false);
        }
        for (var cue = start + 1; cue < Math.Min(article.Tokens.Count, start + 12) && article.Tokens[cue].End <= paragraph.End; cue++)
        {
            if (ReportingWords.QuoteCues.Contains(article.Key(cue)) && !AsksSomething(article, cue) && !InsideAName(article, cue)
                && SpeakerPhrase.Before(article, cue, quote.End) is { } before
                && (before.First == start || before.PhraseFirst == start))
            {
                return new Attribution(cue, before.First, before.Last, true, false);
            }
        }
        return null;
    }

    /// <summary>"Brig. Gen. Tarek Said Hamdy said": a capitalised word between two names' words is a name's ("Said"), not a cue.</summary>
    private static bool InsideAName(ArticleText article, int cue) =>
        article.Tokens[cue].IsCapitalized && cue + 1 < article.Tokens.Count && article.Tokens[cue + 1].IsCapitalized && article.Tokens[cue - 1].IsCapitalized
        && article.Between(cue, cue + 1) is " " && article.Between(cue - 1, cue) is " ";

    /// <summary>"who asked not to be named", "asked to remain anonymous": a request, not what the quotation answers.</summary>
    private static bool AsksSomething(ArticleText article, int cue) =>
        article.Key(cue) == "asked" && cue + 1 < article.Tokens.Count && article.Key(cue + 1) is "not" or "to";

    /// <summary>the NIS said: "…" / he said, "…" / she told Reuters: "…"</summary>
    private static Attribution? BeforeQuote(ArticleText article, TextSpan quote, TextSpan paragraph)
    {
        var last = article.TokenAtOrAfter(quote.Start) - 1;
        var cue = last;
        // Whom it was said to may stand between the verb and the quote: "told Reuters:", "told the BBC:", "told reporters:".
        while (cue > last - 3 && cue > 0 && article.Tokens[cue].Start >= paragraph.Start && !ReportingWords.QuoteCues.Contains(article.Key(cue))
            && (article.Tokens[cue].IsCapitalized || ReportingWords.BeforeThat.Contains(article.Key(cue))))
        {
            cue--;
        }
        if (cue < 0 || article.Tokens[cue].Start < paragraph.Start || !ReportingWords.QuoteCues.Contains(article.Key(cue))
            || (cue < last && article.Key(cue) is not ("told" or "tells")))
        {
            return null;
        }
        var gap = article.Text.AsSpan(article.Tokens[last].End, quote.Start - article.Tokens[last].End).Trim(" \"“‘'".AsSpan());
        if (gap is not ":" and not ",")
        {
            return null;
        }
        var sentence = article.Sentences.LastOrDefault(s => s.Start <= article.Tokens[cue].Start);
        return SpeakerPhrase.Before(article, cue, sentence.Start) is { } before ? new Attribution(cue, before.First, before.Last, false, false) : null;
    }

    private static bool QuoteEndsWithPunctuation(string text, TextSpan quote) =>
        quote.Length > 0 && text[quote.End - 1] is ',' or '?' or '!' && true;

    private static bool StartsSentence(ArticleText article, TextSpan quote) =>
        article.Sentences.Any(s => s.Start == quote.Start - 1 || s.Start == quote.Start);

    private static void SentenceClaims(ArticleText article, TextSpan sentence, List<Claim> claims, HashSet<int> usedCues, List<TextSpan> spoken, List<TextSpan> allQuotes)
    {
        if (spoken.Any(q => q.Start < sentence.End && sentence.Start < q.End && Overlap(q, sentence) * 2 >= sentence.Length))
        {
            return; // the sentence is speech already claimed
        }
        var first = article.TokenAtOrAfter(sentence.Start);
        var end = article.TokenAtOrAfter(sentence.End);
        var attributions = FindAttributions(article, sentence, first, end, usedCues);
        if (OfficialTrailingALeadingReport(article, attributions) is { } official)
        {
            attributions = [official];
        }
        var made = 0;
        var regions = new List<TextSpan>();
        for (var i = 0; i < attributions.Count; i++)
        {
            var attribution = attributions[i];
            var next = i + 1 < attributions.Count ? attributions[i + 1] : null;
            var content = WithoutTheSpeakersReticence(article.Text, Content(article, sentence, attribution, next, i > 0 ? attributions[i - 1] : null));
            if (content.Length == 0 || regions.Any(r => Overlap(r, content) > 0))
            {
                continue; // a relay ("…, Yonhap reported") of a claim already made
            }
            if (attribution.According && spoken.Any(q => Overlap(q, content) > 0))
            {
                continue; // "“…,” said Wilma Mamani, whose cousin died, according to relatives": the quote has its speaker
            }
            // "According to Y, X said …": Y only relays X (as in "X said …, per Y", whose words X's claim holds already).
            // Not "The toll stood at 80, according to the NDMA, while the provincial authority put it at 95".
            if (attribution.According && content.Start > article.Tokens[attribution.Cue].Start && attributions.Any(a => !a.According))
            {
                continue;
            }
            var resolved = ClaimantResolver.Resolve(article, attribution.First, attribution.Last, allQuotes, attribution.PhraseFirst, attribution.PhraseLast);
            if (attribution.First == attribution.Last && article.Key(attribution.First) == "it" && !resolved.ByReference
                && BodyThatSpokeBefore(article, claims, sentence) is { } body)
            {
                resolved = new ClaimantResolver.Resolution(body, true);
            }
            if (SpeaksForNoOne(article, attribution, resolved))
            {
                continue;
            }
            var cue = attribution.According ? CueText(article, attribution) : WithWhenItWasSaid(article, attribution);
            var rule = attribution.According ? AccordingRule : attribution.Inverted ? InvertedRule : attribution.Trailing ? TrailingRule
                : attribution.Relative ? RelativeRule : LeadingRule;
            var confidence = resolved.ByReference ? 0.7 : resolved.Claimant.Entity is not null ? 0.9 : 0.8;
            claims.Add(Build(article, content, resolved.Claimant, cue, rule, confidence));
            regions.Add(content);
            made++;
            // Also after a trailing "according to": "…by Monday, according to ANEPC, and 1,450 people had left their homes".
            var trails = attribution.Trailing || (attribution.According && content.End <= article.Tokens[attribution.Cue].Start);
            if (trails && ResultAfter(article, attribution, end, sentence.End) is { } result && !regions.Any(r => Overlap(r, result) > 0))
            {
                claims.Add(Build(article, result, resolved.Claimant, cue, rule, confidence));
                regions.Add(result);
            }
        }
        if (made > 0 || spoken.Any(q => q.Start < sentence.End && sentence.Start < q.End))
        {
            return;
        }
        if (HedgeIn(article.Text, sentence) is { } hedge)
        {
            claims.Add(Build(article, sentence, Claimant.Unattributed, hedge, HedgeRule, 0.6));
        }
        else if (article.Quantities.Any(q => sentence.Contains(q.Span.Start) && FigureSubjects.Describe(article, q, sentence.End).SubjectKey != "other")
            && !Rejects().IsMatch(sentence.Of(article.Text)) && !Unverified().IsMatch(sentence.Of(article.Text)))
        {
            claims.Add(Build(article, sentence, Claimant.Unattributed, "", FigureRule, 0.4));
        }
    }

    /// <summary>
    /// "A ferry sank late on Wednesday, Basarnas said on Thursday, leaving six people dead and 30 missing": what the event
    /// left, in a clause with figures after the trailing attribution (and a short adjunct), is reported by the same
    /// speaker. So is a clause joined by "and" or "with" that opens with its figure: "Fourteen people were killed,
    /// officials said, and 30 were injured". The clause from its first word to the sentence's end, or null.
    /// </summary>
    private static TextSpan? ResultAfter(ArticleText article, Attribution attribution, int end, int sentenceEnd)
    {
        const int MaxAdjunctWords = 4;
        var phraseEnd = Math.Max(attribution.Cue, attribution.PhraseLast);
        for (var t = phraseEnd + 1; t < end && t <= phraseEnd + MaxAdjunctWords + 1; t++)
        {
            if (article.Between(t - 1, t).Contains(','))
            {
                var joined = article.Key(t) is "and" or "with";
                var clause = Trim(article.Text, article.Tokens[joined ? t + 1 : t].Start, sentenceEnd);
                // Its figures are the point: "…, officials said, leaving the building by the back door" is their deed.
                // After "and" (or "with": "…was put at 17 by the coast guard, with 57 people still missing"), the clause
                // opens with its figure: not "…, and after 9/11, more wars…".
                return joined ? article.Quantities.Any(q => q.Span.Start == clause.Start) ? clause : null
                    : ResultParticiples.Contains(article.Key(t)) && article.Quantities.Any(q => clause.Contains(q.Span.Start)) ? clause : null;
            }
        }
        return null;
    }

    /// <summary>Participles that open what an event left or caused: "leaving six dead", "killing 12", "forcing 3,000 to flee".</summary>
    private static readonly FrozenSet<string> ResultParticiples = FrozenSet.ToFrozenSet(
        ["leaving", "killing", "injuring", "wounding", "forcing", "displacing", "bringing"], StringComparer.Ordinal);

    /// <summary>
    /// "The Government has announced a budget of €9bn, Finance Minister Orla Brennan said", "The army reported 12 deaths,
    /// the ministry said": a person or an office that says the whole sentence after it, the report in it included, is
    /// its one speaker. An outlet trailing the sentence only relays the report ("…, Yonhap reported"), and keeps it.
    /// </summary>
    private static Attribution? OfficialTrailingALeadingReport(ArticleText article, List<Attribution> attributions)
    {
        if (attributions.Count < 2 || attributions[^1] is not { Trailing: true } last
            || article.Key(last.Cue) is not ("said" or "says" or "told" or "added"))
        {
            return null;
        }
        return article.MentionCovering(last.Last) is { Type: "person" } || OfficialNouns.Contains(article.Key(last.Last))
            ? last
            : null;
    }

    /// <summary>
    /// Where a relative clause opens (", which killed 19 people") that runs on, with no comma, into the cue at
    /// <paramref name="cue"/>: a source that trails it vouches for that clause, not for the sentence around it
    /// ("Prosecutors have detained nine people over the crush, which killed 19 people according to the ministry").
    /// </summary>
    private static int? OpenRelativeClause(ArticleText article, int start, int cue)
    {
        // "…, which we know as couplets, according to X": X vouches for the whole sentence; a capital "According" opens one.
        if (article.Between(cue - 1, cue).Contains(',') || article.Tokens[cue].IsCapitalized)
        {
            return null;
        }
        for (var t = cue - 1; t > 0 && article.Tokens[t].Start >= start; t--)
        {
            if (article.Between(t - 1, t).Contains(','))
            {
                return article.Key(t) is "which" or "who" ? article.Tokens[t].Start : null;
            }
        }
        return null;
    }

    /// <summary>Who speaks for an office or a state, as the head of a speaker phrase: "the ministry", "a spokesman".</summary>
    private static readonly FrozenSet<string> OfficialNouns = FrozenSet.ToFrozenSet(ClaimantResolver.StateWords.Union(
    [
        "spokesman", "spokeswoman", "spokesperson", "president", "commissioner", "secretary", "chief", "agency", "department",
    ]), StringComparer.Ordinal);

    private static TextSpan Content(ArticleText article, TextSpan sentence, Attribution attribution, Attribution? next, Attribution? previous)
    {
        var speakerStart = article.Tokens[attribution.PhraseFirst].Start;
        if (attribution.According)
        {
            var phraseStart = article.Tokens[attribution.Cue].Start;
            var phraseEnd = article.Tokens[attribution.Last].End;
            if (phraseStart - sentence.Start < 3)
            {
                return Trim(article.Text, AfterSourceDetails(article, attribution.Last, sentence.End, phraseEnd), sentence.End);
            }
            // "…, which killed 19 people according to the health ministry and 17 according to the interior ministry":
            // each source vouches for what lies between it and the source before, and only for the relative clause.
            var start = sentence.Start;
            if (previous is { According: true } before && article.Tokens[before.Last].End <= phraseStart)
            {
                var joiner = before.Last + 1; // "and 17 according to…" claims "17"
                start = joiner < attribution.Cue && article.Key(joiner) is "and" or "while" or "but" ? article.Tokens[joiner].End : article.Tokens[before.Last].End;
            }
            return Trim(article.Text, OpenRelativeClause(article, start, attribution.Cue) ?? start, phraseStart);
        }
        if (attribution.Trailing)
        {
            var start = previous is null ? sentence.Start : article.Tokens[previous.Cue].End;
            return Trim(article.Text, start, speakerStart);
        }
        if (NothingSaidFollows(article, attribution.Cue, sentence.End) || IsAnAct(article, attribution.Cue, sentence.End))
        {
            return default; // "The minister said on Friday.": when it was said, and nothing that was
        }
        var contentStart = ThatAfterCue(article, attribution.Cue, sentence.End) is { } that ? article.Tokens[that].End
            : AfterWhomItWasTold(article, attribution.Cue, sentence.End) ?? AfterAdjunct(article, attribution.Cue, sentence.End)
            ?? article.Tokens[attribution.Cue].End;
        // A relative clause inside the sentence ("X said the ministry, which said …, lied") does not end the content.
        // A trailing source later in the sentence ("…, analysts at Morgan Stanley said") is not part of the content.
        var contentEnd = next is { Trailing: false, Relative: false } ? ClauseStart(article, next)
            : next is { Trailing: true, According: false } ? article.Tokens[next.PhraseFirst].Start : sentence.End;
        if (attribution.Relative)
        {
            // "The ministry, which said 200 soldiers died, said it would appeal": the next speaker's clause opens before
            // this one, around it; the relative clause ends at its own comma.
            contentEnd = contentEnd <= contentStart ? sentence.End : contentEnd;
            contentEnd = Math.Min(contentEnd, RelativeClauseEnd(article, attribution.Cue, contentEnd));
        }
        return Trim(article.Text, contentStart, contentEnd);
    }

    /// <summary>
    /// "told reporters he had been injured", "told CNN inflation would fall", "told reporters in Kyiv the line held":
    /// whom it was told to (and where or when) stands between the verb and what was said. After a plain audience
    /// ("reporters", "them") any word that can open a clause opens what was said; after a name another name does too; after
    /// an adjunct ("in Kyiv", "on Friday") only a pronoun or a determiner does. Null when the verb is not "told" or no such
    /// clause follows.
    /// </summary>
    private static int? AfterWhomItWasTold(ArticleText article, int cue, int sentenceEnd)
    {
        if (article.Key(cue) is not ("told" or "tells") || cue + 2 >= article.Tokens.Count)
        {
            return null;
        }
        // "told the BBC the toll was…": a named audience may have its article.
        var first = article.Key(cue + 1) == "the" && article.MentionCovering(cue + 2) is not null ? cue + 2 : cue + 1;
        var audience = LastOfName(article, first);
        if (audience == first && article.MentionCovering(audience) is null && !ReportingWords.Audiences.Contains(article.Key(audience)))
        {
            return null;
        }
        var clause = audience + 1;
        if (clause >= article.Tokens.Count || article.Tokens[clause].End > sentenceEnd || !article.Between(audience, clause).Trim().IsEmpty)
        {
            return null;
        }
        // After a name or "her" (which may be "her husband") only a pronoun, a determiner or another name opens what
        // was said: "told Columbia grads", "told Malayali youth" name one audience.
        var named = audience > first || article.MentionCovering(audience) is not null || article.Key(audience) == "her";
        if (named ? OpensToldClauseAfterName(article, audience, clause) : OpensToldClause(article, clause))
        {
            return article.Tokens[audience].End;
        }
        // Where and when it was told, up to two named phrases: "told reporters at the White House on Monday he was…".
        const int MaxPlaceOrTimePhrases = 2;
        for (var phrases = 0; phrases < MaxPlaceOrTimePhrases; phrases++)
        {
            if (article.Key(clause) is not ("in" or "at" or "on" or "outside") || clause + 2 >= article.Tokens.Count)
            {
                return null;
            }
            var adjunct = LastOfName(article, article.Key(clause + 1) == "the" ? clause + 2 : clause + 1);
            var after = adjunct + 1;
            if (after >= article.Tokens.Count || article.Tokens[after].End > sentenceEnd || !article.Tokens[adjunct].IsCapitalized
                || article.Between(clause, after).IndexOfAny(",;:".AsSpan()) >= 0)
            {
                return null;
            }
            if (ReportingWords.ClauseSubjects.Contains(article.Key(after)))
            {
                return article.Tokens[adjunct].End;
            }
            clause = after;
        }
        return null;
    }

    /// <summary>
    /// "said on Thursday he would…", "said in a statement the deal…", "said late on Monday 12 people…", "said on Telegram
    /// it had…": when, where or how it was said stands between the verb and what was said, with no "that" (as wire copy
    /// writes it). Up to three such phrases ("in a note to clients"): a preposition, perhaps a determiner, then names,
    /// figures and the nouns of <see cref="ReportingWords.BeforeThat"/> and <see cref="ReportingWords.InAdjunctBeforeThat"/>,
    /// ending after a weekday but for "night", "morning", "afternoon" or "evening"; what follows must open a clause (a
    /// pronoun, a determiner, a figure, or after a weekday a name or a noun: "said on Tuesday Russia had…", "said on
    /// Monday officials had…"). A weekday needs no preposition ("said Monday it would…"). Null when the words after the
    /// verb are not such phrases, so "said on the ground the situation…" and "said at least 12…" keep their words.
    /// </summary>
    private static int? AfterAdjunct(ArticleText article, int cue, int sentenceEnd)
    {
        const int MaxAdjuncts = 3;
        var t = cue + 1;
        var adjuncts = 0;
        var bareDay = false;
        while (adjuncts < MaxAdjuncts && t + 1 < article.Tokens.Count && article.Tokens[t + 1].End <= sentenceEnd)
        {
            var preposition = article.Key(t) is "late" or "early" or "earlier" or "later" ? t + 1 : t;
            if (Words.IsWeekday(article.Key(preposition)) && article.Tokens[preposition].IsCapitalized)
            {
                // A weekday alone, as agency copy writes it: "said Monday it would cut 1,000 jobs".
                t = preposition + (preposition + 1 < article.Tokens.Count && article.Key(preposition + 1) is "night" or "morning" or "afternoon" or "evening" ? 2 : 1);
                adjuncts++;
                bareDay = true;
                continue;
            }
            if (article.Key(preposition) is not ("on" or "in" or "at" or "during" or "via" or "to" or "with") || preposition + 1 >= article.Tokens.Count)
            {
                break;
            }
            var head = preposition + 1;
            if (article.Key(head) is "a" or "an" or "the" or "his" or "her" or "its" or "their")
            {
                head++;
            }
            var next = head;
            while (next < article.Tokens.Count && article.Tokens[next].End <= sentenceEnd && article.Between(next - 1, next).SequenceEqual(" ")
                && IsAdjunctWord(article, next)
                && !(next > head && Words.IsWeekday(article.Key(next - 1)) && article.Key(next) is not ("night" or "morning" or "afternoon" or "evening")))
            {
                next++;
            }
            if (next == head)
            {
                return null;
            }
            t = next;
            adjuncts++;
        }
        if (adjuncts == 0 || t >= article.Tokens.Count || article.Tokens[t].End > sentenceEnd || !article.Between(t - 1, t).SequenceEqual(" "))
        {
            return null;
        }
        // After a weekday the adjunct is over, so a name or a noun may open the clause ("said on Monday officials had…");
        // after "in March" a name may not ("in March 2009").
        var afterDay = Words.IsWeekday(article.Key(t - 1)) || (t > 1 && article.Key(t - 1) is "night" or "morning" or "afternoon" or "evening" && Words.IsWeekday(article.Key(t - 2)));
        // After a weekday with no preposition only a clear subject opens it: "said Monday was the worst day" keeps its words.
        var opens = ReportingWords.ClauseSubjects.Contains(article.Key(t)) || article.Tokens[t].Text.All(char.IsAsciiDigit)
            || (afterDay && (bareDay ? article.Tokens[t].IsCapitalized : OpensToldClause(article, t)));
        return opens ? article.Tokens[t - 1].End : null;
    }

    /// <summary>
    /// A verb of saying whose object is a deed, not what was said: "said goodbye", "said a prayer", "claimed victory",
    /// "claimed responsibility for the attack", "claimed the title"; and "easier said than done".
    /// </summary>
    private static bool IsAnAct(ArticleText article, int cue, int sentenceEnd)
    {
        var t = cue + 1;
        if (t >= article.Tokens.Count || article.Tokens[t].End > sentenceEnd || !article.Between(cue, t).Trim().IsEmpty)
        {
            return false;
        }
        if (article.Key(t) == "than")
        {
            return true;
        }
        if (article.Key(t) is "a" or "an" or "the" or "his" or "her" or "its" or "their" && t + 1 < article.Tokens.Count && article.Tokens[t + 1].End <= sentenceEnd)
        {
            t++;
        }
        var said = article.Key(cue) is "said" or "says" or "say";
        var claimed = article.Key(cue) is "claimed" or "claims" or "claim";
        if (said && ReportingWords.SaidAsAnAct.Contains(article.Key(t)))
        {
            return true; // no clause opens with "goodbye" or "a prayer"
        }
        // "said nothing.", "said little about the toll": no report; but "said nothing had changed" is one.
        if (said && article.Key(t) is "nothing" or "little" && (t + 1 >= article.Tokens.Count || article.Tokens[t + 1].End > sentenceEnd
            || !article.Between(t, t + 1).Trim().IsEmpty || article.Key(t + 1) is "about" or "on" or "of" or "to" or "at" or "in" or "more" or "else" or "further"))
        {
            return true;
        }
        // What is claimed may also open a clause: the deed ends there or goes on with a preposition ("claimed victory
        // in the election"), unlike "claimed victory was near".
        return claimed && ReportingWords.ClaimedAsAnAct.Contains(article.Key(t)) && (t + 1 >= article.Tokens.Count || article.Tokens[t + 1].End > sentenceEnd || !article.Between(t, t + 1).Trim().IsEmpty
            || article.Key(t + 1) is "in" or "for" or "to" or "on" or "at" or "over" or "after" or "from" or "with" or "and" or "as" or "of");
    }

    /// <summary>
    /// Whether only when or where it was said, or to whom, follows the verb to the sentence's end: "said on Friday.",
    /// "said late on Monday.", "said in Kyiv.", "told them.".
    /// </summary>
    private static bool NothingSaidFollows(ArticleText article, int cue, int sentenceEnd)
    {
        var end = article.TokenAtOrAfter(sentenceEnd);
        var t = cue + 1;
        if (t < end && article.Key(t) is "late" or "early" or "earlier" or "later")
        {
            t++;
        }
        if (t < end && article.Key(cue) is "told" or "tells")
        {
            // "told reporters.", "told Reuters on Friday.": to whom it was told, perhaps where or when, and nothing more.
            if (ReportingWords.Audiences.Contains(article.Key(t)))
            {
                t++;
            }
            else if ((article.MentionCovering(t) ?? (article.Key(t) == "the" && t + 1 < end ? article.MentionCovering(t + 1) : null)) is { } audience)
            {
                t = article.TokenAtOrAfter(audience.Span.End);
                // An outlet's name the recognizer took in pieces: "told Health IT Daily."
                while (t < end && article.Tokens[t].IsCapitalized && article.Between(t - 1, t).SequenceEqual(" "))
                {
                    t++;
                }
            }
            if (t == end)
            {
                return true;
            }
        }
        // Without a preposition only a time is an adjunct: "said Friday." but not "said Hamas." or "said 12.".
        var preposition = t < end && article.Key(t) is "on" or "in" or "at" or "during" or "by";
        if (preposition)
        {
            t++;
        }
        else if (t < end && (Words.IsWeekday(article.Key(t)) || article.Key(t) is "yesterday" or "today" or "tonight"))
        {
            return t + 1 == end || (t + 2 == end && article.Key(t + 1) is "night" or "morning" or "afternoon" or "evening");
        }
        else if (t + 1 == end && article.Key(t) is "so")
        {
            return true; // "he said so."
        }
        else
        {
            return false;
        }
        if (t < end && article.Key(t) is "a" or "an" or "the" or "his" or "her" or "its" or "their")
        {
            t++;
        }
        var words = 0;
        for (; t < end && IsAdjunctWord(article, t); t++)
        {
            words++;
        }
        return words > 0 && t == end;
    }

    /// <summary>A word of an adjunct after its preposition: a name, a figure, or a noun such as "statement" or "night".</summary>
    private static bool IsAdjunctWord(ArticleText article, int token) =>
        article.Tokens[token].IsCapitalized || article.Tokens[token].Text.All(char.IsAsciiDigit) || IsAdjunctNoun(article.Key(token));

    private static bool IsAdjunctNoun(string key) =>
        (ReportingWords.BeforeThat.Contains(key) || ReportingWords.InAdjunctBeforeThat.Contains(key)) && !ReportingWords.ClauseSubjects.Contains(key)
        && key is not ("in" or "on" or "at" or "to" or "during" or "via" or "with" or "of" or "by" or "without");

    /// <summary>The last token of the name that token <paramref name="token"/> opens (itself when it opens none).</summary>
    private static int LastOfName(ArticleText article, int token)
    {
        var last = token;
        if (article.MentionCovering(token) is { } mention)
        {
            while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].End <= mention.Span.End)
            {
                last++;
            }
        }
        else
        {
            while (article.Tokens[last].IsCapitalized && last + 1 < article.Tokens.Count && article.Tokens[last + 1].IsCapitalized
                && article.Between(last, last + 1).SequenceEqual(" "))
            {
                last++;
            }
        }
        return last;
    }

    /// <summary>
    /// Whether the word after an audience opens what was said: a pronoun, a determiner, a name or a plain noun
    /// ("told reporters inflation…"), but not a preposition, a conjunction, a time or a participle ("told reporters
    /// gathered outside…").
    /// </summary>
    private static bool OpensToldClause(ArticleText article, int token)
    {
        var key = article.Key(token);
        if (ReportingWords.ClauseSubjects.Contains(key))
        {
            return true;
        }
        return char.IsLetterOrDigit(key[0]) && !ReportingWords.NotClauseOpeners.Contains(key) && !key.EndsWith("ed", StringComparison.Ordinal)
            && !key.EndsWith("ing", StringComparison.Ordinal) && !key.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the word after a named audience opens what was said: a pronoun or a determiner ("told CNN the talks…"),
    /// or another name ("told CNN Russia would…"), but not after a demonym or a possessive ("told Syria's leaders").
    /// </summary>
    private static bool OpensToldClauseAfterName(ArticleText article, int audience, int clause) =>
        ReportingWords.ClauseSubjects.Contains(article.Key(clause))
        || (article.Tokens[clause].IsCapitalized && article.MentionCovering(audience)?.Rule != EntityRecognizer.DemonymRule
            && !article.Tokens[audience].IsPossessive && !ReportingWords.NotClauseOpeners.Contains(article.Key(clause)));

    /// <summary>Where a relative clause that opened with the verb <paramref name="cue"/> ends: at the next comma, or <paramref name="end"/>.</summary>
    private static int RelativeClauseEnd(ArticleText article, int cue, int end)
    {
        for (var t = cue + 1; t < article.Tokens.Count && article.Tokens[t].End <= end; t++)
        {
            if (article.Between(t - 1, t).Contains(','))
            {
                return article.Tokens[t - 1].End;
            }
        }
        return end;
    }

    /// <summary>
    /// Where the content begins after an opening "according to" source whose details run on to a comma: "According to a
    /// report by Amnesty International published on Monday, at least 300…". Only a participle or an adjunct of time or
    /// place continues the source; anything else is already the content.
    /// </summary>
    private static int AfterSourceDetails(ArticleText article, int sourceLast, int end, int phraseEnd)
    {
        var next = sourceLast + 1;
        if (next >= article.Tokens.Count || article.Tokens[next].End > end || !article.Between(sourceLast, next).Trim().IsEmpty)
        {
            return phraseEnd;
        }
        var key = article.Key(next);
        if (!(key.EndsWith("ed", StringComparison.Ordinal) || key is "on" or "in" or "at" or "last" or "this" or "seen" or "made" or "given" or "shown"))
        {
            return phraseEnd;
        }
        for (var t = next + 1; t < article.Tokens.Count && t - next <= 10 && article.Tokens[t].End <= end; t++)
        {
            if (article.Between(t - 1, t).Contains(','))
            {
                return article.Tokens[t - 1].End;
            }
        }
        return phraseEnd;
    }

    /// <summary>
    /// Where the clause of a later attribution begins: before its speaker and any "while"/"but"/"and" joining it; at
    /// "according to" or "per" before its source.
    /// </summary>
    private static int ClauseStart(ArticleText article, Attribution attribution)
    {
        if (attribution.Conjoined)
        {
            return article.Tokens[attribution.Cue - 1].Start; // at its "and"
        }
        var t = attribution.According ? Math.Min(attribution.Cue, attribution.First) : attribution.First;
        while (t > 0 && article.Key(t - 1) is "while" or "but" or "and" or "whereas" or "with")
        {
            t--;
        }
        return article.Tokens[t].Start;
    }

    /// <summary>
    /// An "it" before its verb with no organisation, group or body named before it: a film, a document or the weather as
    /// often as a speaker, so it makes no claim of its own (a trailing ", it said." does). Nor do "Having said that, …"
    /// and "Nothing said …".
    /// </summary>
    private static bool SpeaksForNoOne(ArticleText article, Attribution attribution, ClaimantResolver.Resolution resolved) =>
        attribution.First == attribution.Last
        && ((article.Key(attribution.First) == "it" && !resolved.ByReference && (article.Tokens[attribution.First].Text == "It" || !attribution.Trailing))
            || NoOnes.Contains(article.Key(attribution.First)));

    /// <summary>
    /// "The health ministry said 30 people had died. It later raised the toll to 45.": "it" that refers back to no body the
    /// recognizer knows is the body that spoke last in the sentence before, when its name ends on a noun of one.
    /// </summary>
    private static Claimant? BodyThatSpokeBefore(ArticleText article, List<Claim> claims, TextSpan sentence)
    {
        var previous = article.Sentences.LastOrDefault(s => s.End <= sentence.Start);
        var last = claims.Where(c => c.Span.Start >= previous.Start && c.Span.Start < sentence.Start).MaxBy(c => c.Span.Start);
        if (last?.Claimant is not { } claimant)
        {
            return null;
        }
        // A known organisation, or an acronym ("the NDMA said").
        var named = claimant.Entity?.StartsWith("organisation/", StringComparison.Ordinal) == true || ClaimantResolver.IsAcronym(claimant.Name);
        var unknown = claimant.Entity is null || claimant.Entity.StartsWith("other/", StringComparison.Ordinal);
        return named || (unknown && ClaimantResolver.IsBodyNoun(Head(claimant.Name))) ? claimant : null;
    }

    /// <summary>
    /// The noun a name ends on before any "of" or "for": "ministry" of "health ministry" and "Ministry of Health",
    /// "spokesman" of "spokesman for the army".
    /// </summary>
    private static string Head(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        var end = Array.FindIndex(words, w => w is "of" or "for");
        return end > 0 ? words[end - 1] : words[^1];
    }

    private static readonly FrozenSet<string> NoOnes = FrozenSet.ToFrozenSet(
        ["having", "nothing", "something", "everything", "anything", "being", "whoever", "whatever", "nobody"], StringComparer.Ordinal);

    /// <summary>
    /// The verb, after an adverb between it and the speaker that dates what was said before the article: "had previously
    /// put the number at 1,000" is "previously put", an earlier count that a later one does not contradict.
    /// </summary>
    private static string WithWhenItWasSaid(ArticleText article, Attribution attribution)
    {
        const int MaxWordsBetween = 3; // "had previously", "has also previously": not a clause before a conjoined verb
        var verb = article.Tokens[attribution.Cue].Text;
        for (var t = Math.Max(attribution.Last + 1, attribution.Cue - MaxWordsBetween); t < attribution.Cue; t++)
        {
            // Not a clause before a conjoined verb: "raised the toll to 38, from 24 a week earlier, and said…".
            if (article.Key(t) is "previously" or "initially" or "originally" or "earlier"
                && !article.Text.AsSpan(article.Tokens[t].End, article.Tokens[attribution.Cue].Start - article.Tokens[t].End).Contains(','))
            {
                return $"{article.Key(t)} {verb}";
            }
        }
        return verb;
    }

    private static string CueText(ArticleText article, Attribution attribution) =>
        article.Key(attribution.Cue) is "per" or "by" ? article.Key(attribution.Cue) : "according to";

    private static TextSpan Trim(string text, int start, int end)
    {
        // Nor the bracket closing the speaker's acronym: "According to the National Disaster Management Authority (NDMA), 110…".
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';' or ')' or ']'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
        {
            end--;
        }
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private static Claim Build(ArticleText article, TextSpan content, Claimant claimant, string cue, string rule, double confidence)
    {
        content = Dateline.Skip(article.Text, content);
        // What a speaker denies or calls untrue states no figure of theirs: "denied reports that 300 soldiers were
        // killed" must not line up 300 as the speaker's count beside other outlets' counts.
        // Nor does one it is only looking into: "said it was investigating reports that 20 people had died".
        var unverifiedFrom = Unverified().Match(article.Text, content.Start, content.Length) is { Success: true } unverified ? unverified.Index : content.End;
        var figures = ReportingWords.Denials.Contains(cue.Split(' ')[^1].ToLowerInvariant()) || CalledUntrue().IsMatch(content.Of(article.Text))
            ? []
            : article.Quantities
                .Where(q => content.Contains(q.Span.Start) && q.Span.Start < unverifiedFrom && !IsEarlierFigure(article, q))
                .Select(q => FigureSubjects.Describe(article, q, content.End))
                .ToList();
        var dates = article.Dates.Where(d => content.Contains(d.Span.Start)).ToList();
        var entities = article.MentionsIn(content).Select(m => m.Label).Distinct().ToList();
        return new Claim(claimant, cue, content, content.Of(article.Text), figures, dates, entities, rule, confidence);
    }

    /// <summary>
    /// A figure the count changed from, which the speaker does not claim now: "16 were killed, up from 10 a day earlier",
    /// "the toll rose from 10 to 16", "compared with 12 last year"; or one denied: "stood at 127, not 140".
    /// </summary>
    private static bool IsEarlierFigure(ArticleText article, Quantity quantity)
    {
        var before = article.TokenAtOrAfter(quantity.Span.Start) - 1;
        if (before < 1 || article.Tokens[before].End > quantity.Span.Start)
        {
            return false;
        }
        return article.Key(before) switch
        {
            // "up from 10", and "rose to 16 from 10", where the new figure stands between the change and its "from".
            "from" => Enumerable.Range(Math.Max(0, before - 3), Math.Min(3, before)).Any(t => ChangeWords.Contains(article.Key(t))),
            "with" or "to" => article.Key(before - 1) == "compared",
            "not" => quantity.Hedge.Length == 0, // not "not more than 100", a bound the speaker gives
            _ => false,
        };
    }

    private static readonly FrozenSet<string> ChangeWords = FrozenSet.ToFrozenSet(
        ["up", "down", "rose", "risen", "rising", "rises", "increased", "climbed", "jumped", "grew", "fell", "fallen", "dropped", "declined"],
        StringComparer.Ordinal);

    /// <summary>The first of <see cref="ReportingWords.Hedges"/>, in their order, that the sentence contains as words.</summary>
    private static string? HedgeIn(string articleText, TextSpan sentence)
    {
        // One vectorised search for all hedges turns away most sentences before the ordered search by words.
        if (articleText.AsSpan(sentence.Start, sentence.Length).IndexOfAny(AnyHedge) < 0)
        {
            return null;
        }
        var text = sentence.Of(articleText);
        return ReportingWords.Hedges.FirstOrDefault(h => ContainsWords(text, h));
    }

    /// <summary>
    /// "The ministry said 12 soldiers were killed but did not give details": what the speaker did not say is no part of
    /// what they said. Only a speaker's withholding ends the content ("but declined to comment", "without providing
    /// evidence"); "but could not hold the town" and "withdrew without giving up ground" are what was said.
    /// </summary>
    private static TextSpan WithoutTheSpeakersReticence(string text, TextSpan content)
    {
        var match = Reticence().Match(text, content.Start, content.Length);
        return match.Success && match.Index > content.Start ? Trim(text, content.Start, match.Index) : content;
    }

    [GeneratedRegex(@",?\s+(?:(?:but|and)\s+(?:did\s+not|didn't|would\s+not|wouldn't|refused\s+to|declined\s+to)\s+(?:(?:give|provide|offer|disclose)\s+(?:any\s+|further\s+|more\s+)?(?:details|evidence|information|figures|an?\s+(?:breakdown|explanation|reason))|say\s+(?:how|why|what|who|when|where|whether|which)|elaborate|comment|specify|(?:name|identify)\s+(?:him|her|them|the\s+\w+))|(?:but|and)\s+(?:gave|offered|provided)\s+no\s+(?:details|evidence|information|figures|explanation|reason)|without\s+(?:giving|providing|citing|offering)\s+(?:any\s+|further\s+)?(?:details|evidence|information|figures|sources?|a\s+source))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reticence();

    /// <summary>
    /// "investigating reports that 20 people had died", "could not independently verify claims that…": reports the
    /// speaker is checking, whose figures are not the speaker's.
    /// </summary>
    [GeneratedRegex(@"\b(?:investigat\w*|examin\w*|look\w* into|prob\w*|check\w*|verify\w*|could not (?:independently )?verify|unable to (?:independently )?verify|cannot (?:independently )?verify)\s+(?:the\s+|unconfirmed\s+|social media\s+)?(?:reports?|claims?|allegations?|accounts?|rumou?rs?)\s+(?:that|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unverified();

    /// <summary>"rejected claims that 300 soldiers were killed": the figure is what someone rejects, stated by no one.</summary>
    [GeneratedRegex(@"\b(rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|refuted|refutes)\s+(the\s+|a\s+)?(claims?|reports?|allegations?|suggestions?|accusations?|figures?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rejects();

    /// <summary>
    /// "It is not true that…", "It's false that…", "It was untrue that…": content that rejects what follows; "These figures
    /// of 150 dead are false and irresponsible", "The reports of 300 killed are simply untrue": content that calls the
    /// figure it names untrue.
    /// </summary>
    [GeneratedRegex(@"^(it|this|that)(\s+(is|was)|['’]s)\s+(not\s+true|untrue|false)\b|^\W*(these|those|the|such|any)\s+(figures?|numbers?|reports?|claims?|tolls?|estimates?)\b[^.;:]{0,60}?\b(are|is|were|was)\s+(simply\s+|completely\s+|totally\s+|utterly\s+|clearly\s+)?(false|untrue|wrong|baseless|groundless|invented|fabricated|exaggerated|inflated|incorrect|misleading|lies|not\s+true|not\s+correct)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledUntrue();

    private static readonly SearchValues<string> AnyHedge = SearchValues.Create(ReportingWords.Hedges, StringComparison.OrdinalIgnoreCase);

    private static bool ContainsWords(string text, string words)
    {
        var index = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return index >= 0 && (index == 0 || !char.IsLetter(text[index - 1])) && (index + words.Length == text.Length || !char.IsLetter(text[index + words.Length]));
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>What a speaker calls their own words before the "that": "repeated its claim that…".</summary>
    private static readonly FrozenSet<string> OwnWords = FrozenSet.ToFrozenSet(
        ["claim", "claims", "estimate", "assertion", "view", "position", "figure", "finding", "allegation"], StringComparer.Ordinal);

    /// <summary>
    /// The "that" after a reporting verb, when only an adjunct stands between them ("told Reuters on Friday that"); after
    /// other words a "that" opens a relative clause inside the content ("said 12 were killed in a blast that struck").
    /// </summary>
    private static int? ThatAfterCue(ArticleText article, int cue, int sentenceEnd)
    {
        const int Reach = 14;
        var inAdjunct = article.Key(cue) is "told" or "tells";
        var last = Math.Min(article.Tokens.Count, cue + Reach);
        if (cue + 1 < last && article.Between(cue, cue + 1).Trim().SequenceEqual(","))
        {
            return ThatAfterAside(article, cue, last, sentenceEnd);
        }
        for (var t = cue + 1; t < last && article.Tokens[t].End <= sentenceEnd; t++)
        {
            if (article.Key(t) == "that")
            {
                return t;
            }
            // "repeated its claim that…", "maintained their estimate that…": the speaker's own words, named, then what they say.
            if (t == cue + 1 && t + 2 < last && article.Key(t) is "its" or "their" or "his" or "her" && OwnWords.Contains(article.Key(t + 1))
                && article.Key(t + 2) == "that")
            {
                return t + 2;
            }
            inAdjunct |= article.Key(t) is "in" or "on" or "at" or "during" or "via" or "without";
            // Names, dates and votes may stand between: "told lawmakers in Washington that", "said in March 2009 that", "ruled 6-3 that".
            // "reporting signs that…": what a report shows, before what it is ("said the evidence that…" is no such report).
            if (!article.Tokens[t].IsCapitalized && !ReportingWords.BeforeThat.Contains(article.Key(t)) && !article.Tokens[t].Text.All(c => char.IsAsciiDigit(c) || c == '-')
                && !(inAdjunct && ReportingWords.InAdjunctBeforeThat.Contains(article.Key(t)))
                && !(article.Key(cue) == "reporting" && article.Key(t) is "signs" or "indications" or "evidence"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "claimed, without providing evidence, that…", "said, according to a readout from his office, that…": an aside
    /// between commas right after the verb, and a "that" right after the second comma.
    /// </summary>
    private static int? ThatAfterAside(ArticleText article, int cue, int last, int sentenceEnd)
    {
        const int MaxAsideWords = 8;
        if (article.Key(cue + 1) == "that")
        {
            return cue + 1; // "You are aware, he said, that…"
        }
        for (var t = cue + 2; t < Math.Min(last, cue + 2 + MaxAsideWords) && article.Tokens[t].End <= sentenceEnd; t++)
        {
            // A clause of its own is no aside: "she said, how I wish that your cage was nearer to my room, that…".
            if (article.Key(t - 1) is "that" or "he" or "she" or "they" or "it" or "we" or "i" or "you")
            {
                return null;
            }
            if (article.Between(t - 1, t).Contains(','))
            {
                return article.Key(t) == "that" && article.Between(t - 1, t).Trim().SequenceEqual(",") ? t : null;
            }
        }
        return null;
    }
}
