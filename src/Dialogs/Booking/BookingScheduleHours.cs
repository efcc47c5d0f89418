namespace HeelBot.Dialogs.Booking;

/// <summary>One opening interval of a day, in the schedule's local time; slots start at From and end by To.</summary>
public sealed record BookingScheduleHours(TimeOnly From, TimeOnly To);
