namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// The meaning of one vocabulary entry. <paramref name="Guarded"/> entries are also ordinary words ("may", "man",
/// "sun") and count only right before a date ("man d. 7/12", "Sun 12th") or after a preposition ("in May").
/// </summary>
internal sealed record DateTimeCue(CueKind Kind, int Value = 0, DayPart? Part = null, PeriodSection Section = PeriodSection.Whole, bool Guarded = false);
