namespace HeelBot.Recognizers.DateTimes;

/// <summary>A clock time read from the tokens, and the index of its last token.</summary>
internal sealed record ClockHit(ClockTime Time, int Last);
