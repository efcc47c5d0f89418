namespace HeelBot.Dialogs.Booking;

/// <summary>How a cancellation went; one of the nested records.</summary>
public abstract record CancelResult
{
    private CancelResult()
    {
    }

    /// <summary>The booking is cancelled and its time is free for others.</summary>
    public sealed record Cancelled(Appointment Appointment) : CancelResult;

    /// <summary>A pending booking request was withdrawn: it will not be retried or handed to staff.</summary>
    public sealed record RequestWithdrawn(string RequestId) : CancelResult;

    /// <summary>It was cancelled before; nothing changed.</summary>
    public sealed record AlreadyCancelled(Appointment Appointment) : CancelResult;

    /// <summary>The appointment has started or is over: the bot cannot cancel it (the person calls the clinic).</summary>
    public sealed record TooLate(Appointment Appointment) : CancelResult;

    /// <summary>No such booking for this person on this channel (also what anyone else's reference gives).</summary>
    public sealed record NotFound : CancelResult;
}
