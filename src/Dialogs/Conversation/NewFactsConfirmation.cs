namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// What a message told beyond the question it answered, kept in the turn state: it is confirmed before anything
/// else the bot says this turn, and a question it did not answer is asked again plainly instead of with "I didn't
/// quite get that" – the person did say something useful.
/// </summary>
public sealed class NewFactsConfirmation(string facts)
{
    /// <summary>The facts in short phrases, for the "understood" message.</summary>
    public string Facts { get; } = facts;

    public bool Sent { get; set; }
}
