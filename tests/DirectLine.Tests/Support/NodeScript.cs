using System.Reflection;
using System.Text.Json;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>
/// Runs a script of tests/DirectLine.Tests/node (its npm packages installed by the build through package-lock.json)
/// with bounded time, and collects what it printed.
/// </summary>
public static class NodeScript
{
    public static string Directory { get; } = typeof(NodeScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NodeTestsDirectory").Value!;

    public static async Task<NodeRun> RunAsync(string script, object config, TimeSpan timeout)
    {
        File.Exists(Path.Combine(Directory, "node_modules", "botframework-directlinejs", "package.json"))
            .Should().BeTrue("the build runs `npm ci` in {0}", Directory);
        var result = await ChildProcess.RunAsync("node", [Path.Combine(Directory, script), JsonSerializer.Serialize(config)], Directory, timeout);
        return new NodeRun(result.ExitCode, result.Output, result.Errors);
    }
}
