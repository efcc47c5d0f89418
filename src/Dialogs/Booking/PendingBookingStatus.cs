namespace HeelBot.Dialogs.Booking;

public enum PendingBookingStatus
{
    /// <summary>Kept and tried again automatically.</summary>
    Retrying,

    /// <summary>Retrying gave up (too many failures, or the time went meanwhile): the clinic's staff contact the person.</summary>
    WithStaff,
}
