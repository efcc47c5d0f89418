namespace HeelBot.Dialogs.Booking;

/// <summary>
/// A booking question as the <see cref="BookingPrompt"/> asks it: the <c>asks</c> value of its turn entity, the content
/// key and placeholder values of its text, and the answers it offers. Unlike a triage slot question its answers are
/// data (clinics, times), so their titles are made when it is shown.
/// </summary>
/// <param name="Asks">The slot the message asks for (<c>booking.clinic</c>, <c>booking.time</c>, …).</param>
/// <param name="Key">The content key of the text.</param>
/// <param name="Args">Placeholder values, already in the conversation's language.</param>
/// <param name="Options">The answers offered, in display order; may be empty (free text only).</param>
/// <param name="LooseMatch">
/// Also take an answer that is close to a title ("skift tiden" for "Skift tid"). Off where a loose match could pick the
/// wrong clinic or time: there free text goes to the dialog, which reads it with the recognisers.
/// </param>
public sealed record BookingQuestion(
    string Asks,
    string Key,
    IReadOnlyDictionary<string, string>? Args = null,
    IReadOnlyList<BookingOption>? Options = null,
    bool LooseMatch = false)
{
    /// <summary>The placeholder values may hold the person's contact details (the confirmation): never printed.</summary>
    public override string ToString() => $"BookingQuestion {{ Asks = {Asks}, Key = {Key}, Options = {Options?.Count ?? 0} }}";
}
