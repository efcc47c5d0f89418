namespace HeelBot.Dialogs.Conversation;

/// <summary>Things a person can say at any point in the conversation.</summary>
public enum Command
{
    None,
    Help,
    StartOver,
    Stop,

    /// <summary>"Slet mine data": forget everything stored about the person and this conversation.</summary>
    DeleteData,

    /// <summary>"Aflys min tid": see the bookings made from this channel and cancel one.</summary>
    CancelBooking,
}
