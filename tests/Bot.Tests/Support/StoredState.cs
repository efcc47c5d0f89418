namespace HeelBot.Bot.Tests.Support;

/// <summary>A conversation's state as stored: the ETag of the last write and the serialised state.</summary>
public sealed record StoredState(string? ETag, string Json);
