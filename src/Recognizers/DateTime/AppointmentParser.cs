using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// Walks the tokens once and collects what each word or number says about the wished time into a
/// <see cref="WishDraft"/>. Words that say nothing about time are skipped, so the wish may sit in a sentence
/// ("ja tak, gerne på torsdag ved 10-tiden"). A bound, a modifier or "siden" applies to the element right after it.
/// </summary>
internal sealed class AppointmentParser(ParseContext context)
{
    /// <summary>How many tokens "ikke"/"not" reaches: "kan ikke på mandag" rules out Monday; a later clause is free.</summary>
    private const int NegationReach = 3;

    private readonly ParseContext _c = context;
    private readonly WishDraft _draft = new();
    private DateBound _bound;
    private CueKind? _modifier;
    private bool _discard;
    private int _negateUntil = -1;
    private int _bareAt = -1;
    private int _lastDayEnd = -10;
    private WishElement _last;

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    public WishDraft Parse()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            var last = Step(i);
            if (last >= i)
            {
                i = last;
            }
            else if (Tokens[i].Kind == TokenKind.Punctuation)
            {
                _negateUntil = -1;
            }
        }

        return _draft;
    }

    /// <summary>Reads the element starting at <paramref name="i"/>; returns the index of its last token, or -1.</summary>
    private int Step(int i)
    {
        if (i >= Tokens.Count)
        {
            return -1;
        }

        if (Tokens[i].IsNumber)
        {
            return Number(i);
        }

        if (!Tokens[i].IsWord)
        {
            return -1;
        }

        if (DateReader.Read(_c, i) is { } date)
        {
            AddDays(date.Date, date.Date, container: false, i, date.Last);
            return date.Last;
        }

        if (!_c.TryCue(i, out var cue, out var last))
        {
            // "ten o'clock", "five pm"; after "efter"/"mellem" also a bare "ti".
            return ClockReader.Read(_c, i, allowBare: i == _bareAt) is { } spoken ? AddClock(spoken, i) : -1;
        }

        switch (cue.Kind)
        {
            case CueKind.Asap:
                if (Accept(i))
                {
                    _draft.Asap = true;
                }

                return last;
            case CueKind.AnyTime:
                if (Accept(i))
                {
                    _draft.AnyTime = true;
                }

                return last;
            case CueKind.RelativeDay:
                AddDays(_c.Today.AddDays(cue.Value), _c.Today.AddDays(cue.Value), container: false, i, last);
                if (cue.Part is { } dayPart)
                {
                    AddPart(dayPart, i);
                }

                return last;
            case CueKind.PastDay:
                return last;
            case CueKind.Past:
                return Discarding(last);
            case CueKind.Negation:
                _negateUntil = last + NegationReach;
                return last;
            case CueKind.This or CueKind.Next:
                return Modified(cue.Kind, last);
            case CueKind.Weekday:
                return Weekday(cue, i, last);
            case CueKind.DayPart:
                AddPart(cue.Part!.Value, i);
                return last;
            case CueKind.Week:
                return Week(cue, i, last);
            case CueKind.WeekNumber:
                return WeekNumber(i, last);
            case CueKind.Month:
                return Month(cue, i, last);
            case CueKind.RelativeMonth:
                var (monthFirst, monthLast) = CalendarRanges.RelativeMonth(_c.Today, cue.Value, cue.Section);
                AddDays(monthFirst, monthLast, container: true, i, last);
                return last;
            case CueKind.MonthSection:
                return MonthSection(cue, i, last);
            case CueKind.Holiday:
                var (holidayFirst, holidayLast) = CalendarRanges.Holiday(_c.Today, cue.Value);
                AddDays(holidayFirst, holidayLast, container: true, i, last);
                return last;
            case CueKind.TimeMarker:
                return Marker(last);
            case CueKind.After or CueKind.FromBound or CueKind.Before or CueKind.Until:
                return Bounded(cue.Kind, last);
            case CueKind.Between:
                return Between(last);
            case CueKind.Noon:
                // "før middag" is a clock time; "ved middagstid" the part of the day.
                if (_bound != DateBound.None)
                {
                    return AddClock(new ClockHit(new ClockTime(12, 0, Meridiem.None, Literal: true), last), i);
                }

                AddPart(DayPart.Noon, i);
                return last;
            case CueKind.FromClock:
                if (Accept(i))
                {
                    _draft.Froms.Add(new ClockTime(cue.Value / 60, cue.Value % 60, Meridiem.None, Literal: true));
                    _last = WishElement.Time;
                }

                return last;
            case CueKind.ClockOffset:
                return ClockReader.Read(_c, i, allowBare: true) is { } offset ? AddClock(offset, i) : -1;
            case CueKind.In:
                return In(i, last);
            case CueKind.Within:
                if (Span(last + 1) is { } within)
                {
                    AddDays(_c.Today, within.Date, container: true, i, within.Last);
                    return within.Last;
                }

                return last;
            case CueKind.OrLater or CueKind.OrEarlier:
                Widen(cue.Kind == CueKind.OrLater);
                return last;
            default:
                return -1;
        }
    }

    private int Number(int i)
    {
        if (DateReader.Read(_c, i) is { } date)
        {
            AddDays(date.Date, date.Date, container: false, i, date.Last);
            return date.Last;
        }

        // "i morgen 10", "tirsdag, 14": an hour straight after a day is a time.
        var afterDay = i == _lastDayEnd + 1 || (i == _lastDayEnd + 2 && Tokens[i - 1].IsComma);
        if (ClockReader.Read(_c, i, allowBare: i == _bareAt || afterDay) is { } clock)
        {
            return AddClock(clock, i);
        }

        // "3 dage fra nu", "a week from today".
        if (Span(i) is { } span && _c.TryCue(span.Last + 1, out var cue, out var cueLast) && cue.Kind == CueKind.FromNow)
        {
            AddSpan(span, i, cueLast);
            return cueLast;
        }

        return -1;
    }

    private int Marker(int last)
    {
        var next = _c.IsText(last + 1, ".") ? last + 2 : last + 1;
        return ClockReader.Read(_c, next, allowBare: true) is { } clock ? AddClock(clock, next) : last;
    }

    /// <summary>"efter kl 16", "før middag", "efter d. 7/12", "senest fredag": the bound applies to the element that follows.</summary>
    private int Bounded(CueKind kind, int last)
    {
        var savedBound = _bound;
        _bound = kind switch
        {
            CueKind.After => DateBound.After,
            CueKind.FromBound => DateBound.From,
            CueKind.Before => DateBound.Before,
            _ => DateBound.Until,
        };
        _bareAt = last + 1;
        var end = Step(last + 1);
        _bound = savedBound;
        return end >= 0 ? end : last;
    }

    /// <summary>"mellem 10 og 12", "between 2 and 4pm"; between two days, each day is read on its own and the span joins them.</summary>
    private int Between(int last)
    {
        _bareAt = last + 1;
        var end = Step(last + 1);
        return end >= 0 ? end : last;
    }

    private int Modified(CueKind modifier, int last)
    {
        var saved = _modifier;
        _modifier = modifier;
        var end = Step(last + 1);
        _modifier = saved;
        return end >= 0 ? end : last;
    }

    /// <summary>"siden mandag", "since Monday", "sidste uge": the element that follows is in the past and is no wish.</summary>
    private int Discarding(int last)
    {
        var saved = _discard;
        _discard = true;
        var end = Step(last + 1);
        _discard = saved;
        return end >= 0 ? end : last;
    }

    private int Weekday(DateTimeCue cue, int i, int last)
    {
        if (cue.Guarded && !IsFollowedByDate(last))
        {
            return -1;
        }

        // "mandag om en uge" is the Monday after the coming one.
        var extraWeeks = 0;
        var end = last;
        if (_c.TryCue(last + 1, out var next, out var nextLast) && next.Kind == CueKind.In && Span(nextLast + 1) is { From: null } span)
        {
            var days = span.Date.DayNumber - _c.Today.DayNumber;
            if (days is 7 or 8 or 14)
            {
                extraWeeks = days / 7;
                end = span.Last;
            }
        }

        if (Accept(i))
        {
            _draft.Weekdays.Add(new WeekdayTarget((DayOfWeek)cue.Value, _modifier, extraWeeks, _bound));
            _lastDayEnd = end;
            _last = WishElement.Weekday;
        }

        return end;
    }

    private bool IsFollowedByDate(int last)
    {
        var next = _c.IsText(last + 1, ".") ? last + 2 : last + 1;
        return _c.IsNumber(next) || (_c.IsWord(next) && _c.Vocabulary.DayPrefixes.Contains(Tokens[next]));
    }

    private int Week(DateTimeCue cue, int i, int last)
    {
        // "næste weekend" said during a weekend is the following one; on a weekday, the coming one.
        var ahead = cue.Value;
        if (cue.Section == PeriodSection.Weekend && _modifier == CueKind.Next && _c.Today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            ahead++;
        }

        var (first, lastDay) = CalendarRanges.Week(_c.Today, ahead, cue.Section);
        AddDays(first, lastDay, container: true, i, last);
        return last;
    }

    private int WeekNumber(int i, int last)
    {
        var next = _c.IsText(last + 1, ".") ? last + 2 : last + 1;
        if (_c.Integer(next) is not { } week || CalendarRanges.IsoWeek(_c.Today, week) is not { } range)
        {
            return -1;
        }

        AddDays(range.First, range.Last, container: true, i, next);
        return next;
    }

    private int Month(DateTimeCue cue, int i, int last, PeriodSection section = PeriodSection.Whole)
    {
        // "in May", not "I may come": English "may" and "march" count after a preposition or on their own.
        if (cue.Guarded && section == PeriodSection.Whole && _bound == DateBound.None
            && !(_c.IsWord(i - 1) && _c.Vocabulary.MonthPrepositions.Contains(Tokens[i - 1]))
            && Tokens.Count(token => token.IsWord || token.IsNumber) > 1)
        {
            return -1;
        }

        var (first, lastDay) = CalendarRanges.Month(_c.Today, cue.Value, section);
        AddDays(first, lastDay, container: true, i, last);
        return last;
    }

    private int MonthSection(DateTimeCue cue, int i, int last)
    {
        if (_c.TryCue(last + 1, out var next, out var nextLast) && next.Kind == CueKind.Month)
        {
            return Month(next, i, nextLast, cue.Section);
        }

        // English "early" on its own is early in the day.
        if (cue.Part is { } part)
        {
            AddPart(part, i);
            return last;
        }

        return -1;
    }

    private int In(int i, int last)
    {
        if (Span(last + 1) is { } span)
        {
            AddSpan(span, i, span.Last);
            return span.Last;
        }

        // "om eftermiddagen", "in May": the word after is read on its own.
        return last;
    }

    /// <summary>"3 dage", "en uge", "a fortnight", "2 timer": the day (and for hours the time) that far ahead.</summary>
    private (DateOnly Date, ClockTime? From, int Last)? Span(int i)
    {
        if (i >= Tokens.Count || NumberRecognizer.MatchAt(Tokens, i, _c.Numbers, allowArticle: true) is not { } number)
        {
            return null;
        }

        var unitAt = number.Last + 1;
        if (!_c.IsWord(unitAt) || !_c.Durations.Units.TryGetLoose(Tokens[unitAt].Form, out var unit))
        {
            return null;
        }

        var amount = number.Value * unit.Count;
        var today = _c.Today;
        var whole = amount == Math.Floor(amount);
        switch (unit.Unit)
        {
            case DurationUnit.Hour:
                var at = today.ToDateTime(_c.Now).AddHours(amount);
                return (DateOnly.FromDateTime(at), new ClockTime(at.Hour, at.Minute, Meridiem.None, Literal: true), unitAt);
            case DurationUnit.Day:
                return (today.AddDays((int)Math.Round(amount)), null, unitAt);
            case DurationUnit.Week:
                return (today.AddDays((int)Math.Round(amount * 7)), null, unitAt);
            case DurationUnit.Month:
                return (whole ? today.AddMonths((int)amount) : today.AddDays((int)Math.Round(amount * 30.44)), null, unitAt);
            default:
                return (whole ? today.AddYears((int)amount) : today.AddDays((int)Math.Round(amount * 365.25)), null, unitAt);
        }
    }

    private void AddSpan((DateOnly Date, ClockTime? From, int Last) span, int first, int last)
    {
        AddDays(span.Date, span.Date, container: false, first, last);
        if (span.From is { } from && !_discard)
        {
            _draft.Froms.Add(from);
        }
    }

    /// <summary>Adds a clock time, or a range when "-", "til", "to" and another time follow ("kl 10-12", "fra 9 til 11").</summary>
    private int AddClock(ClockHit hit, int first)
    {
        var next = hit.Last + 1;
        var joinEnd = _c.IsText(next, "-") || _c.IsText(next, "–") ? next
            : _c.TryCue(next, out var join, out var joinLast) && join.Kind is CueKind.Join or CueKind.Until ? joinLast
            : -1;
        if (joinEnd >= 0)
        {
            var k = joinEnd + 1;
            if (_c.TryCue(k, out var marker, out var markerLast) && marker.Kind == CueKind.TimeMarker)
            {
                k = _c.IsText(markerLast + 1, ".") ? markerLast + 2 : markerLast + 1;
            }

            if (ClockReader.Read(_c, k, allowBare: true) is { } stop)
            {
                if (Accept(first))
                {
                    _draft.Ranges.Add((hit.Time, stop.Time));
                    _last = WishElement.Time;
                }

                return stop.Last;
            }
        }

        if (!Accept(first))
        {
            return hit.Last;
        }

        var list = _bound switch
        {
            DateBound.After or DateBound.From => _draft.Froms,
            DateBound.Before or DateBound.Until => _draft.Tos,
            _ => _draft.Exact,
        };
        list.Add(hit.Time);
        _last = WishElement.Time;
        return hit.Last;
    }

    private void AddDays(DateOnly first, DateOnly last, bool container, int firstToken, int lastToken)
    {
        if (!Accept(firstToken))
        {
            return;
        }

        _draft.Dates.Add(new DateTarget(first, last, container, _bound));
        _lastDayEnd = lastToken;
        _last = WishElement.Date;
    }

    private void AddPart(DayPart part, int firstToken)
    {
        if (Accept(firstToken))
        {
            _draft.Parts.Add(part);
        }
    }

    /// <summary>"kl 10 eller senere", "fra mandag eller senere": the last time or day becomes a bound.</summary>
    private void Widen(bool later)
    {
        switch (_last)
        {
            case WishElement.Time when _draft.Exact.Count > 0:
                var time = _draft.Exact[^1];
                _draft.Exact.RemoveAt(_draft.Exact.Count - 1);
                (later ? _draft.Froms : _draft.Tos).Add(time);
                break;
            case WishElement.Date when _draft.Dates.Count > 0:
                _draft.Dates[^1] = _draft.Dates[^1] with { Bound = later ? DateBound.From : DateBound.Until };
                break;
            case WishElement.Weekday when _draft.Weekdays.Count > 0:
                _draft.Weekdays[^1] = _draft.Weekdays[^1] with { Bound = later ? DateBound.From : DateBound.Until };
                break;
        }
    }

    /// <summary>
    /// Counts an element unless it is in the past ("siden") or ruled out ("kan ikke på mandag"): those are dropped,
    /// so "ikke i morgen, men fredag" is Friday and "ikke om mandagen" alone is no wish.
    /// </summary>
    private bool Accept(int firstToken)
    {
        if (_discard || firstToken <= _negateUntil)
        {
            return false;
        }

        _draft.Elements++;
        return true;
    }
}
