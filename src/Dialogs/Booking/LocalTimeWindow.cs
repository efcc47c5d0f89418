namespace HeelBot.Dialogs.Booking;

/// <summary>A time-of-day window in Danish local time; a slot fits when it starts at or after From and before To.</summary>
public sealed record LocalTimeWindow(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly start) => start >= From && start < To;
}
