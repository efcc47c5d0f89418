namespace HeelBot.Authentication.Tests.Support;

/// <summary>A request to <see cref="FakeTokenEndpoint"/>: its path and form fields.</summary>
public sealed record TokenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form);
