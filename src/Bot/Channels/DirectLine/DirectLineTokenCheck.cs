namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a token: its claims only when it is valid.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims)
{
    public static DirectLineTokenCheck Invalid { get; } = new(DirectLineTokenStatus.Invalid, null);
}
