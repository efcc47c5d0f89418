using System.Text.Json;

namespace HeelBot.TextAnalytics.Tests.Fakes;

/// <summary>One request the fake received: when, what it asked for, how it authenticated, and its status.</summary>
public sealed record ReceivedRequest(TimeSpan At, string? Kind, JsonElement? Body, string? SubscriptionKey, string? Authorization, int Status)
{
    /// <summary>The texts of the request's documents.</summary>
    public IReadOnlyList<string> DocumentTexts =>
        Body is { } body && body.TryGetProperty("analysisInput", out var input) && input.TryGetProperty("documents", out var documents)
            ? [.. documents.EnumerateArray().Select(d => d.GetProperty("text").GetString() ?? string.Empty)]
            : [];
}
