using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Duration;

/// <summary>
/// Finds how long something has lasted: "3 uger", "i 2 mdr", "et par måneder", "halvandet år", "6 wks", "3w",
/// "siden jul", "since March", "i går", and vague spans ("for ages", "længe") that have no value.
/// "Since" expressions are counted back from a reference date the caller passes in; the clock is never read.
/// Resolution: <c>weeks</c> (double, null when unclear), <c>unit</c>, <c>amount</c>, <c>approximate</c>,
/// <c>modifier</c> ("more", "less", "about" or null), <c>kind</c> ("span", "ago", "since", "vague"),
/// <c>unclear</c> (bool), <c>future</c> (bool: "om 2 uger", "in 2 weeks"), <c>sinceVerb</c> (bool: counted from a verb such as
/// "startede"/"started" rather than "siden"/"since", so the span may be of something else: "started running in March").
/// </summary>
public static class DurationRecognizer
{
    public const string DurationType = "duration";

    /// <summary>How many words a "since" clause may hold before its anchor: "siden jeg startede på mit nye job i august".</summary>
    private const int SinceClauseReach = 9;

    public static IReadOnlyList<ModelResult> RecognizeDuration(string text, string culture, DateOnly referenceDate)
    {
        var tokens = Tokenizer.Tokenize(text);
        var context = new Context(text, tokens, DurationVocabulary.For(culture), NumberVocabulary.For(culture), referenceDate);
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var found = TrySince(context, i) ?? TryBareAnchor(context, i) ?? TrySpan(context, i) ?? TryVague(context, i);
            if (found is { } result)
            {
                results.Add(result.Result);
                i = result.Last;
            }
        }

        return results;
    }

    private static Found? TrySince(Context c, int i)
    {
        if (!c.Vocabulary.SinceWords.TryMatch(c.Tokens, i, out var trueSince, out var last))
        {
            return null;
        }

        PartOf? part = null;
        var previous = false;
        var seasonPreposition = false;
        var p = last + 1;
        for (var step = 0; step < 5 && p < c.Tokens.Count; step++)
        {
            if (TryDate(c, p) is { } date)
            {
                return Since(c, i, date.Last, c.Reference.DayNumber - date.Date.DayNumber, approximate: date.Approximate, sinceVerb: !trueSince);
            }

            if (c.Vocabulary.Anchors.TryMatch(c.Tokens, p, out var anchor, out var anchorLast))
            {
                if (anchor.Kind == AnchorKind.UnitsAgo)
                {
                    var weeks = anchor.Value * anchor.Unit.InWeeks();
                    return new Found(Result(c, i, anchorLast, weeks, anchor.Unit, anchor.Value, true, null, "since", false), anchorLast);
                }

                // "after the fall" is an injury, "efter sommer" no clear start: a season needs "since" or "in".
                if (anchor.Kind == AnchorKind.Season && !trueSince && !seasonPreposition)
                {
                    return null;
                }

                var resolved = CalendarMath.Resolve(anchor, c.Reference, part, previous);
                return Since(c, i, anchorLast, c.Reference.DayNumber - resolved.DayNumber,
                    approximate: anchor.Kind is AnchorKind.Season or AnchorKind.Month, sinceVerb: !trueSince);
            }

            if (c.Vocabulary.PartOf.TryMatch(c.Tokens, p, out var foundPart, out var partLast))
            {
                part = foundPart;
                p = partLast + 1;
            }
            else if (c.Vocabulary.Previous.Contains(c.Tokens[p]))
            {
                previous = true;
                p++;
            }
            else if (c.Vocabulary.SinceFillers.Contains(c.Tokens[p]))
            {
                seasonPreposition |= c.Vocabulary.SeasonPrepositions.Contains(c.Tokens[p]);
                p++;
            }
            else
            {
                break;
            }
        }

        return SinceAfterClause(c, i, last + 1, trueSince);
    }

    /// <summary>
    /// "siden jeg begyndte at løbe i januar", "since I started running in March": a short clause between the
    /// "since" and its anchor, which then follows a preposition.
    /// </summary>
    private static Found? SinceAfterClause(Context c, int since, int start, bool trueSince)
    {
        for (var q = start + 1; q < c.Tokens.Count && q <= start + SinceClauseReach; q++)
        {
            if (c.Tokens[q - 1].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (!c.Vocabulary.SinceFillers.Contains(c.Tokens[q - 1]))
            {
                continue;
            }

            if (TryDate(c, q) is { } date)
            {
                return Since(c, since, date.Last, c.Reference.DayNumber - date.Date.DayNumber, approximate: true, sinceVerb: !trueSince);
            }

            // "since he fell on Saturday", "siden jeg faldt i lørdags"; a season needs "i"/"in" before it.
            if (c.Vocabulary.Anchors.TryMatch(c.Tokens, q, out var anchor, out var anchorLast, allowTypos: false)
                && anchor.Kind is AnchorKind.Month or AnchorKind.Season or AnchorKind.FixedDay or AnchorKind.Easter or AnchorKind.Weekday
                && (anchor.Kind != AnchorKind.Season || trueSince || c.Vocabulary.SeasonPrepositions.Contains(c.Tokens[q - 1])))
            {
                var resolved = CalendarMath.Resolve(anchor, c.Reference, null, false);
                return Since(c, since, anchorLast, c.Reference.DayNumber - resolved.DayNumber, approximate: true, sinceVerb: !trueSince);
            }
        }

        return null;
    }

    private static Found? TryBareAnchor(Context c, int i)
    {
        if (!c.Vocabulary.BareAnchors.TryMatch(c.Tokens, i, out var anchor, out var last, allowTypos: false))
        {
            return null;
        }

        if (anchor.Kind == AnchorKind.UnitsAgo)
        {
            // "i sidste uge", "last week": about that long ago.
            return new Found(Result(c, i, last, anchor.Value * anchor.Unit.InWeeks(), anchor.Unit, anchor.Value, true, null, "since", false), last);
        }

        var date = CalendarMath.Resolve(anchor, c.Reference, null, false);
        return Since(c, i, last, c.Reference.DayNumber - date.DayNumber, approximate: false);
    }

    private static Found? TrySpan(Context c, int i)
    {
        var p = i;
        string? modifier = null;
        var hasPrefix = false;
        var future = false;
        for (var pass = 0; pass < 2; pass++)
        {
            if (modifier is null && c.Vocabulary.Modifiers.TryMatch(c.Tokens, p, out var foundModifier, out var modifierLast, allowTypos: false))
            {
                modifier = foundModifier;
                p = modifierLast + 1;
            }

            if (!hasPrefix && p < c.Tokens.Count && c.Vocabulary.SpanPrefixes.TryMatch(c.Tokens, p, out _, out var prefixLast, allowTypos: false)
                && prefixLast + 1 < c.Tokens.Count)
            {
                hasPrefix = true;
                p = prefixLast + 1;
            }
        }

        if (p < c.Tokens.Count && c.Vocabulary.FuturePrefixes.Contains(c.Tokens[p]) && p + 1 < c.Tokens.Count)
        {
            future = true;
            p++;
        }

        if (p >= c.Tokens.Count || ReadQuantity(c, p) is not { } quantity)
        {
            return null;
        }

        if (quantity.First > 0 && c.Vocabulary.FrequencyWords.Contains(c.Tokens[quantity.First - 1]) && !future)
        {
            // "tre gange om ugen", "twice a week": a frequency, not a duration.
            return null;
        }

        if (ReadUnit(c, quantity.Last + 1) is not { } unit)
        {
            return null;
        }

        var amount = quantity.Value * unit.Count;
        var last = unit.Last;
        var approximate = quantity.Approximate;

        // "1 år og 2 måneder", "two weeks and three days".
        var weeks = amount * unit.Unit.InWeeks();
        if (NumberRecognizer.NextWord(c.Tokens, last) is { } and && c.Tokens[and].Form.SameAs(c.Numbers.And)
            && and + 1 < c.Tokens.Count && ReadQuantity(c, and + 1) is { } more && ReadUnit(c, more.Last + 1) is { } moreUnit
            && moreUnit.Unit.InWeeks() < unit.Unit.InWeeks())
        {
            weeks += more.Value * moreUnit.Count * moreUnit.Unit.InWeeks();
            last = moreUnit.Last;
        }

        if (IsAge(c, unit) || IsFrequency(c, last))
        {
            return null;
        }

        var kind = "span";
        if (last + 1 < c.Tokens.Count && c.Vocabulary.Ago.Contains(c.Tokens[last + 1]))
        {
            kind = "ago";
            last++;
        }

        // A bare article ("en dag faldt jeg", "one day") is only a duration when something marks it as one.
        if (quantity.IsArticle && !hasPrefix && kind != "ago" && modifier is null && c.WordCount > 4)
        {
            return null;
        }

        approximate |= modifier is not null;
        var first = modifier is not null || hasPrefix ? i : quantity.First;
        return new Found(Result(c, first, last, weeks, unit.Unit, amount, approximate, modifier, kind, future), last);
    }

    private static Found? TryVague(Context c, int i)
    {
        if (!c.Vocabulary.Vague.TryMatch(c.Tokens, i, out var vague, out var last, allowTypos: false))
        {
            return null;
        }

        double? weeks = vague.Amount is { } amount ? amount * vague.Unit.InWeeks() : null;
        var result = Result(c, i, last, weeks, weeks is null ? null : vague.Unit, vague.Amount, true, null, "vague", false);
        return new Found(result, last);
    }

    private static Quantity? ReadQuantity(Context c, int p)
    {
        var token = c.Tokens[p];
        if (NumberRecognizer.MatchAt(c.Tokens, p, c.Numbers, allowArticle: true) is { } number)
        {
            var isArticle = number.First == number.Last && c.Numbers.Articles.Contains(token);
            var value = number.Value;
            var last = number.Last;

            // A range counts as its longer end, so a borderline range is never under-counted: "2-3 uger" = 3.
            var next = last + 1;
            if (next + 1 < c.Tokens.Count && (c.Tokens[next].Text is "-" or "–" || c.Vocabulary.RangeWords.Contains(c.Tokens[next]))
                && NumberRecognizer.MatchAt(c.Tokens, next + 1, c.Numbers, allowArticle: false) is { } upper && upper.Value > value)
            {
                return new Quantity(upper.Value, p, upper.Last, true, false);
            }

            return new Quantity(value, p, last, number.Approximate, isArticle);
        }

        if (c.Vocabulary.VagueQuantities.TryGet(token.Form, out var vague))
        {
            return new Quantity(vague, p, p, true, false);
        }

        return null;
    }

    private static UnitMatch? ReadUnit(Context c, int p)
    {
        if (p >= c.Tokens.Count || !c.Tokens[p].IsWord)
        {
            return null;
        }

        var token = c.Tokens[p];
        if (token.IsGluedTo(c.Tokens[p - 1]) && c.Tokens[p - 1].IsNumber && c.Vocabulary.GluedUnits.TryGet(token.Form, out var glued))
        {
            return new UnitMatch(glued, 1, p);
        }

        return c.Vocabulary.Units.TryGetLoose(token.Form, out var unit) ? new UnitMatch(unit.Unit, unit.Count, p) : null;
    }

    /// <summary>"12 timer om dagen", "2 hours a day", "30 min dagligt": how often, not how long.</summary>
    private static bool IsFrequency(Context c, int last)
    {
        var next = last + 1;
        if (next >= c.Tokens.Count || !c.Tokens[next].IsWord)
        {
            return false;
        }

        if (c.Vocabulary.Daily.Contains(c.Tokens[next]))
        {
            return true;
        }

        return c.Vocabulary.PerWords.Contains(c.Tokens[next]) && next + 1 < c.Tokens.Count && c.Tokens[next + 1].IsWord
            && c.Vocabulary.Units.TryGet(c.Tokens[next + 1].Form, out _);
    }

    private static bool IsAge(Context c, UnitMatch unit)
    {
        if (unit.Unit != DurationUnit.Year)
        {
            return false;
        }

        var next = unit.Last + 1;
        while (next < c.Tokens.Count && c.Tokens[next].Kind == TokenKind.Symbol)
        {
            next++;
        }

        if (next >= c.Tokens.Count)
        {
            return false;
        }

        // "45 år gammel"; "16 år eller ældre", "16 years or older": an age group.
        return c.Vocabulary.AgeWords.Contains(c.Tokens[next])
            || (c.Vocabulary.OrWords.Contains(c.Tokens[next]) && next + 1 < c.Tokens.Count && c.Vocabulary.OlderWords.Contains(c.Tokens[next + 1]));
    }

    private static DateMatch? TryDate(Context c, int p)
    {
        var tokens = c.Tokens;
        var anchors = c.Vocabulary.Anchors;

        // A year on its own: "siden 2023" counts from its first day.
        if (tokens[p].IsNumber && tokens[p].Text.Length == 4 && int.TryParse(tokens[p].Text, out var year)
            && year >= 1900 && year <= c.Reference.Year)
        {
            return new DateMatch(new DateOnly(year, 1, 1), p, true);
        }

        // "1. maj", "den 3. marts", "3rd of March", "3 March".
        if (tokens[p].IsNumber && int.TryParse(tokens[p].Text, out var day) && day is >= 1 and <= 31)
        {
            var q = p + 1;
            while (q < tokens.Count && (tokens[q].Text == "." || c.Numbers.OrdinalSuffixes.Contains(tokens[q]) || tokens[q].Form.Folded == "of"))
            {
                q++;
            }

            if (q < tokens.Count && anchors.TryMatch(tokens, q, out var month, out var monthLast, allowTypos: false) && month.Kind == AnchorKind.Month)
            {
                return DayOfMonth(c, month.Value, day, monthLast);
            }
        }

        // "March 3rd", "May 1".
        if (anchors.TryMatch(tokens, p, out var named, out var namedLast, allowTypos: false) && named.Kind == AnchorKind.Month
            && namedLast + 1 < tokens.Count && tokens[namedLast + 1].IsNumber && int.TryParse(tokens[namedLast + 1].Text, out var dayAfter)
            && dayAfter is >= 1 and <= 31)
        {
            var last = namedLast + 1;
            if (last + 1 < tokens.Count && tokens[last + 1].IsGluedTo(tokens[last]) && c.Numbers.OrdinalSuffixes.Contains(tokens[last + 1]))
            {
                last++;
            }

            return DayOfMonth(c, named.Value, dayAfter, last);
        }

        return null;
    }

    private static DateMatch? DayOfMonth(Context c, int month, int day, int last)
    {
        if (day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }

        var date = CalendarMath.MostRecent(c.Reference, y => new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))));
        return new DateMatch(date, last, false);
    }

    private static Found Since(Context c, int first, int last, int days, bool approximate, bool sinceVerb = false)
    {
        var weeks = Math.Max(0, days) / 7.0;
        return new Found(Result(c, first, last, weeks, DurationUnit.Day, Math.Max(0, days), approximate, null, "since", false, sinceVerb), last);
    }

    private static ModelResult Result(Context c, int first, int last, double? weeks, DurationUnit? unit, double? amount,
        bool approximate, string? modifier, string kind, bool future, bool sinceVerb = false) =>
        NumberRecognizer.ToResult(c.Text, c.Tokens, first, last, DurationType, new Dictionary<string, object?>
        {
            ["weeks"] = weeks,
            ["unit"] = unit?.WireName(),
            ["amount"] = amount,
            ["approximate"] = approximate,
            ["modifier"] = modifier,
            ["kind"] = kind,
            ["unclear"] = weeks is null,
            ["future"] = future,
            ["sinceVerb"] = sinceVerb,
        });

    private sealed record Context(string Text, IReadOnlyList<Token> Tokens, DurationVocabulary Vocabulary, NumberVocabulary Numbers, DateOnly Reference)
    {
        public int WordCount { get; } = Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
    }

    private sealed record Found(ModelResult Result, int Last);

    private sealed record Quantity(double Value, int First, int Last, bool Approximate, bool IsArticle);

    private sealed record UnitMatch(DurationUnit Unit, double Count, int Last);

    private sealed record DateMatch(DateOnly Date, int Last, bool Approximate);
}
