namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>Who is calling a Direct Line endpoint, as far as the credential shows.</summary>
public sealed record DirectLineCaller(DirectLineCallerKind Kind, DirectLineTokenClaims? Claims = null, string? Problem = null)
{
    public static DirectLineCaller Anonymous { get; } = new(DirectLineCallerKind.Anonymous, Problem: "An Authorization: Bearer header with a secret or token is required.");

    public static DirectLineCaller Secret { get; } = new(DirectLineCallerKind.Secret);

    public static DirectLineCaller Rejected(string problem) => new(DirectLineCallerKind.Rejected, Problem: problem);

    /// <summary>A secret opens every conversation; a token only the one it was issued for.</summary>
    public bool MayAccess(string conversationId) =>
        Kind == DirectLineCallerKind.Secret || (Kind == DirectLineCallerKind.Token && Claims?.ConversationId == conversationId);
}
