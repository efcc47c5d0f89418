namespace HeelBot.Dialogs.Booking;

/// <summary>A span of instants, From included, To excluded.</summary>
public sealed record BookingWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    /// <summary>This window narrowed to the given bounds (null = not narrowed); may come out empty (From ≥ To).</summary>
    public BookingWindow Narrow(DateTimeOffset? from, DateTimeOffset? to) =>
        new(from is { } f && f > From ? f : From, to is { } t && t < To ? t : To);

    public bool IsEmpty => From >= To;
}
