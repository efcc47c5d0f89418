namespace HeelBot.Dialogs.Booking;

public enum AppointmentStatus
{
    Confirmed,
    Cancelled,
}
