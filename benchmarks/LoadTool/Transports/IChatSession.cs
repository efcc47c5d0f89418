using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Transports;

/// <summary>One open conversation: a message from the person in, the bot's replies to it out.</summary>
public interface IChatSession
{
    /// <summary>Sends the text and returns the bot's message replies; throws <see cref="TurnFailedException"/> on a refusal.</summary>
    Task<IReadOnlyList<BotReply>> SendAsync(string text, CancellationToken cancellationToken);
}
