namespace HeelBot.Dialogs.Booking;

/// <summary>One answer a booking question offers as a button (or a numbered line on SMS).</summary>
/// <param name="Value">What the prompt returns when it is picked: a fixed value, a clinic id, a slot id, an address.</param>
/// <param name="Kind">Where the title comes from.</param>
/// <param name="Text">The content key (<see cref="BookingOptionKind.Content"/>) or the title itself (<see cref="BookingOptionKind.Literal"/>).</param>
/// <param name="Start">The slot's start (<see cref="BookingOptionKind.Time"/>).</param>
public sealed record BookingOption(string Value, BookingOptionKind Kind, string? Text = null, DateTimeOffset? Start = null)
{
    public static BookingOption Content(string value, string key) => new(value, BookingOptionKind.Content, key);

    public static BookingOption Literal(string value, string title) => new(value, BookingOptionKind.Literal, title);

    public static BookingOption Time(BookingSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new(slot.Id, BookingOptionKind.Time, Start: slot.Start);
    }
}
