namespace HeelBot.LoadTool.People;

/// <summary>A scripted person in one conversation: reads each batch of replies and decides what to say next.</summary>
public interface IPerson
{
    /// <summary>The locale the person writes in (the activity's <c>locale</c>).</summary>
    string Locale { get; }

    /// <summary>
    /// The next step after <paramref name="replies"/>; before the bot has said anything (an empty list) the
    /// person opens the conversation.
    /// </summary>
    PersonStep Next(IReadOnlyList<BotReply> replies);
}
