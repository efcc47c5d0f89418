namespace HeelBot.Recognizers.DateTimes;

/// <summary>A calendar date read from the tokens, and the index of its last token.</summary>
internal sealed record DateHit(DateOnly Date, int Last);
