using Microsoft.Extensions.Logging;

namespace HeelBot.Authentication.Tests.Support;

public sealed record CapturedLog(string Category, LogLevel Level, string Message);
