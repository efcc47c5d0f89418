namespace HeelBot.Dialogs.Booking;

/// <summary>Where the title of a <see cref="BookingOption"/> comes from.</summary>
public enum BookingOptionKind
{
    /// <summary>A content key (<c>choice.booking.…</c>), shown in the conversation's language.</summary>
    Content,

    /// <summary>Shown as given: a clinic's name, an e-mail address.</summary>
    Literal,

    /// <summary>A slot's start, written out in the conversation's language ("tirsdag 24. november kl. 10.00").</summary>
    Time,
}
