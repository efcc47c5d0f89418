namespace HeelBot.Bot.Tests.Support;

/// <summary>One call the bot made to the channel: the request target exactly as sent (still escaped) and its body.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? ContentType, string? Authorization, string Body);
