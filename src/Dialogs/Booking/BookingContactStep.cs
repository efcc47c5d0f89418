namespace HeelBot.Dialogs.Booking;

/// <summary>Where the contact questions stand: the draft, and how to word the next question when the last answer was not taken.</summary>
/// <param name="Draft">The booking so far.</param>
/// <param name="RetryKey">The content key saying what was wrong with the last answer; null to ask plainly.</param>
/// <param name="Args">Its placeholder values.</param>
/// <param name="Options">Extra answers to offer with it (the corrected and the typed e-mail address).</param>
public sealed record BookingContactStep(
    BookingDraft Draft,
    string? RetryKey = null,
    IReadOnlyDictionary<string, string>? Args = null,
    IReadOnlyList<BookingOption>? Options = null)
{
    /// <summary>The draft and the offered addresses are personal data: never printed.</summary>
    public override string ToString() => $"BookingContactStep {{ {Draft}, RetryKey = {RetryKey} }}";
}
