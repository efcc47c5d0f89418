using System.Text.Json;

namespace HeelBot.Browser.Tests.Support;

/// <summary>How node/chat-page.js ended, and where it left its screenshots.</summary>
public sealed record ChatPageRun(ProcessResult Process, string ArtifactsDirectory)
{
    private const string ResultPrefix = "RESULT ";

    /// <summary>What the browser saw; fails the test with the script's own account (and screenshot) if it failed.</summary>
    public ChatPageResult Result()
    {
        Process.ExitCode.Should().Be(0, "the browser should get through the conversation; the script said:\n{0}\n{1}", Process.Errors, Tail(Process.Output));
        var line = Process.Output.Split('\n').LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        line.Should().NotBeNull("a successful run prints its RESULT line:\n{0}", Process.Output);
        return JsonSerializer.Deserialize<ChatPageResult>(line![ResultPrefix.Length..], JsonSerializerOptions.Web)!;
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
