using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// The optional body of <c>POST /tokens/generate</c> (TokenParameters) and <c>POST /conversations</c>: DirectLineJS
/// sends <c>{"user":{"id":…},"locale":…}</c>. Unknown fields (trustedOrigins, eTag) are accepted and ignored.
/// </summary>
public sealed record DirectLineStartParameters(ChannelAccount? User, string? Locale);
