namespace HeelBot.LoadTool.Transports;

/// <summary>A way of talking to a bot: opens one conversation per simulated person.</summary>
public interface IChatTransport
{
    Task<ChatOpening> OpenAsync(string conversationId, string userId, string locale, CancellationToken cancellationToken);
}
