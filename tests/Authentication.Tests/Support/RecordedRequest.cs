namespace HeelBot.Authentication.Tests.Support;

/// <summary>One request a fake service received: where, with which Authorization header, and its body.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
