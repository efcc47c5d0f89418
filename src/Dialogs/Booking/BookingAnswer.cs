namespace HeelBot.Dialogs.Booking;

/// <summary>A reply to a <see cref="BookingQuestion"/>: the option it picked, if any, and what the person wrote.</summary>
/// <param name="Choice">The <see cref="BookingOption.Value"/> picked by a button, its title or (SMS) its number; null for free text.</param>
/// <param name="Text">The reply as written.</param>
public sealed record BookingAnswer(string? Choice, string Text)
{
    /// <summary>The text may be a name, a number or an address: never printed.</summary>
    public override string ToString() => $"BookingAnswer {{ Choice = {Choice}, Text = ({Text.Length} characters) }}";
}
