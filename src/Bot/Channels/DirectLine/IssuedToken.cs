namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>A freshly signed token and its lifetime in seconds (the <c>expires_in</c> of the wire).</summary>
public sealed record IssuedToken(string Token, int ExpiresIn, DirectLineTokenClaims Claims);
