namespace HeelBot.Dialogs.Booking;

/// <summary>The bot's booking database cannot be reached now; the operation did nothing. Tell the person to try again later.</summary>
public sealed class BookingUnavailableException : Exception
{
    public BookingUnavailableException()
    {
    }

    public BookingUnavailableException(string message)
        : base(message)
    {
    }

    public BookingUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
