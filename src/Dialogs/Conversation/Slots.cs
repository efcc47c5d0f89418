namespace HeelBot.Dialogs.Conversation;

/// <summary>The <c>asks</c> values of the turn entity: the slot a message asks for.</summary>
public static class Slots
{
    public const string Location = "location";
    public const string Timing = "timing";
    public const string Duration = "duration";
    public const string RedFlags = "redflags";
    public const string Age = "age";
    public const string Activity = "activity";
    public const string BookingOffer = "booking.offer";

    /// <summary>A yes/no question about one red flag or sign.</summary>
    public static string RedFlag(string id) => $"redflag.{id}";
}
