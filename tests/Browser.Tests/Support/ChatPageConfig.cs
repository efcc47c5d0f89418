namespace HeelBot.Browser.Tests.Support;

/// <summary>What node/chat-page.js is told (as JSON on its command line).</summary>
public sealed record ChatPageConfig(
    string BaseUrl,
    string Chromium,
    string Name,
    string ArtifactsDir,
    int TimeoutMs,
    int StepTimeoutMs,
    IReadOnlyList<PlanStep> Plan,
    bool ExpectMoreQuestion,
    string? ExpectFinalText);
