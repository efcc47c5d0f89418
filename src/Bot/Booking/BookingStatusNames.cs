using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>The status words stored in the booking tables (the SQL's partial index and checks use the same words).</summary>
internal static class BookingStatusNames
{
    public const string Confirmed = "confirmed";
    public const string Cancelled = "cancelled";
    public const string Pending = "pending";
    public const string NeedsStaff = "needs_staff";

    public static string Of(AppointmentStatus status) => status == AppointmentStatus.Confirmed ? Confirmed : Cancelled;

    public static string Of(BookingRequestStatus status) => status == BookingRequestStatus.Pending ? Pending : NeedsStaff;

    public static AppointmentStatus ToAppointmentStatus(string text) => text switch
    {
        Confirmed => AppointmentStatus.Confirmed,
        Cancelled => AppointmentStatus.Cancelled,
        _ => throw new InvalidDataException($"Unknown appointment status '{text}' in booking_appointments."),
    };

    public static BookingRequestStatus ToRequestStatus(string text) => text switch
    {
        Pending => BookingRequestStatus.Pending,
        NeedsStaff => BookingRequestStatus.NeedsStaff,
        _ => throw new InvalidDataException($"Unknown request status '{text}' in booking_requests."),
    };
}
