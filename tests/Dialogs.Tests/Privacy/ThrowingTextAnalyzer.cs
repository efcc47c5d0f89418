using HeelBot.Dialogs.Privacy;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>An analyzer whose service is down: every call fails, as a remote one would.</summary>
public sealed class ThrowingTextAnalyzer : ITextAnalyzer
{
    public Task<string?> DetectLanguageAsync(string text, CancellationToken cancellationToken = default) =>
        throw new HttpRequestException("The analyzer is unavailable.");

    public Task<RedactedText> RedactAsync(string text, string language, CancellationToken cancellationToken = default) =>
        throw new HttpRequestException("The analyzer is unavailable.");
}
