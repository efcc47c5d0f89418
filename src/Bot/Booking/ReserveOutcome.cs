namespace HeelBot.Bot.Booking;

public enum ReserveOutcome
{
    /// <summary>The appointment row was written: the slot is the person's.</summary>
    Reserved,

    /// <summary>The slot has a confirmed appointment already, or does not exist (not opened, or closed since).</summary>
    SlotTaken,

    /// <summary>The reference is in use by another appointment: draw a new one and try again.</summary>
    ReferenceTaken,
}
