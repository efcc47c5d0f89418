using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// Reads a clock time: "10:30", "10.30", "14", "2pm", "2 p.m.", "ten o'clock", "halv ti", "quarter past 3".
/// A bare hour ("10") counts only where the words around it make it a time (<c>allowBare</c>: after "kl", "efter",
/// "mellem", or straight after a day); otherwise a lone number is a choice in a list, not a time.
/// </summary>
internal static class ClockReader
{
    public static ClockHit? Read(ParseContext c, int i, bool allowBare)
    {
        if (i < 0 || i >= c.Tokens.Count)
        {
            return null;
        }

        if (c.Tokens[i].IsWord && c.TryCue(i, out var cue, out var cueLast) && cue.Kind == CueKind.ClockOffset)
        {
            return Hour(c, cueLast + 1) is { } hour && hour.Value is >= 1 and <= 12
                ? WithSuffix(c, new ClockTime(hour.Value, cue.Value, Meridiem.None, false), hour.Last, allowBare: true)
                : null;
        }

        if (c.Tokens[i].IsNumber)
        {
            return Digits(c, i, allowBare);
        }

        // "ti", "ten": a number word is an hour after "kl"/"at" or before "o'clock"/"pm".
        if (c.Tokens[i].IsWord && NumberRecognizer.MatchAt(c.Tokens, i, c.Numbers, allowArticle: false) is { Approximate: false } word
            && word.Value == Math.Floor(word.Value) && word.Value is >= 1 and <= 12)
        {
            return WithSuffix(c, new ClockTime((int)word.Value, 0, Meridiem.None, false), word.Last, allowBare);
        }

        return null;
    }

    private static ClockHit? Digits(ParseContext c, int i, bool allowBare)
    {
        var text = c.Tokens[i].Text;
        int hour;
        var minutes = 0;
        var last = i;
        var hasMinutes = false;
        var separator = text.IndexOfAny(['.', ',']);
        if (separator > 0)
        {
            // "10.30" is one number token; the part after the dot is minutes when it has two digits.
            var minuteText = text[(separator + 1)..];
            if (minuteText.Length != 2 || separator > 2 || !int.TryParse(text[..separator], out hour) || !int.TryParse(minuteText, out minutes))
            {
                return null;
            }

            // Without "kl" a day.month such as "7.12" is a date (read before this); "10.30" cannot be one.
            if (!allowBare && minutes is >= 1 and <= 12)
            {
                return null;
            }

            hasMinutes = true;
        }
        else if (c.Integer(i) is { } whole)
        {
            hour = whole;
            if (c.IsText(i + 1, ":") && c.IsGlued(i + 1) && c.IsGlued(i + 2) && c.Integer(i + 2) is { } colonMinutes
                && c.Tokens[i + 2].Text.Length == 2)
            {
                minutes = colonMinutes;
                last = i + 2;
                hasMinutes = true;
            }
        }
        else if (allowBare && text.Length is 3 or 4 && c.Integer(i, 4) is { } compact)
        {
            // "kl 1030", "kl 0815".
            hour = compact / 100;
            minutes = compact % 100;
            hasMinutes = true;
        }
        else
        {
            return null;
        }

        if (hour > 23 || minutes > 59)
        {
            return null;
        }

        var literal = hour >= 13 || hour == 0 || (text.Length > 1 && text[0] == '0');
        return WithSuffix(c, new ClockTime(hour, minutes, Meridiem.None, literal), last, allowBare || hasMinutes);
    }

    /// <summary>Reads "am"/"pm"/"a.m."/"o'clock" after the hour; without one the time needs <paramref name="allowBare"/>.</summary>
    private static ClockHit? WithSuffix(ParseContext c, ClockTime time, int last, bool allowBare)
    {
        var next = last + 1;
        if (c.IsWord(next) && c.Vocabulary.Meridiems.TryGet(c.Tokens[next].Form, out var meridiem))
        {
            return time.Hour is >= 1 and <= 12 ? new ClockHit(time with { Meridiem = meridiem, Literal = false }, next) : null;
        }

        // "2 p.m.": the tokenizer gives "p", ".", "m", ".".
        if (c.IsWord(next) && c.Tokens[next].Text.ToLowerInvariant() is "a" or "p" && c.IsText(next + 1, ".")
            && c.IsWord(next + 2) && c.Tokens[next + 2].Text.ToLowerInvariant() == "m")
        {
            var end = c.IsText(next + 3, ".") ? next + 3 : next + 2;
            var am = c.Tokens[next].Text.ToLowerInvariant() == "a";
            return time.Hour is >= 1 and <= 12 ? new ClockHit(time with { Meridiem = am ? Meridiem.Am : Meridiem.Pm, Literal = false }, end) : null;
        }

        if (c.IsWord(next) && c.Vocabulary.OClock.Contains(c.Tokens[next]))
        {
            return new ClockHit(time, next);
        }

        return allowBare ? new ClockHit(time, last) : null;
    }

    private static (int Value, int Last)? Hour(ParseContext c, int i)
    {
        if (c.Integer(i) is { } digits)
        {
            return (digits, i);
        }

        return c.IsWord(i) && NumberRecognizer.MatchAt(c.Tokens, i, c.Numbers, allowArticle: false) is { Approximate: false } word
            && word.Value == Math.Floor(word.Value) ? ((int)word.Value, word.Last) : null;
    }
}
