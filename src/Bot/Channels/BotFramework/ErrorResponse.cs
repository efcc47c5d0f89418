namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>The Connector API's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorBody Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorBody(code, message));
}

public sealed record ErrorBody(string Code, string Message);
