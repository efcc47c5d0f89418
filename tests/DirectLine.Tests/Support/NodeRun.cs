using System.Text.Json;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>How a Node script ended: its exit code, what it printed, and its "RESULT {json}" line if any.</summary>
public sealed record NodeRun(int ExitCode, string Output, string Errors)
{
    public JsonElement Result()
    {
        ExitCode.Should().Be(0, "the script should succeed; it printed:\n{0}\n{1}", Output, Errors);
        var line = Output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        line.Should().NotBeNull("a successful run prints its RESULT line:\n{0}", Output);
        return JsonDocument.Parse(line!["RESULT ".Length..]).RootElement.Clone();
    }
}
