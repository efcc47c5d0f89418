using System.Reflection;
using System.Text.Json;

namespace HeelBot.Browser.Tests.Support;

/// <summary>
/// Drives the chat page in Debian's headless Chromium through node/chat-page.js (playwright-core). Screenshots go to
/// the test output folder (bin/…/screenshots): one mid-conversation and one at the end, or one of the failure.
/// </summary>
public static class ChatPageBrowser
{
    /// <summary>Debian's package (test.sh installs it); HEELBOT_CHROMIUM names another build.</summary>
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("HEELBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    // The script stops itself first (ScriptTimeout) and reports where it was; the process limit, this much later,
    // is the backstop.
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProcessGrace = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// tests/Browser.Tests/node and its npm packages: playwright-core drives the browser, axe-core scans the page.
    /// </summary>
    private static readonly NodePackages NodePackages = new(
        typeof(ChatPageBrowser).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "BrowserTestsNodeDirectory").Value!,
        ["playwright-core/package.json", "axe-core/axe.min.js"],
        TimeSpan.FromMinutes(3));

    /// <param name="expectFinalText">
    /// A regular expression the bot's last message must match, for conversations that go on past the outcome (a
    /// booking); then <paramref name="expectMoreQuestion"/> is not looked at.
    /// </param>
    /// <param name="scriptTimeout">The whole conversation's limit, for plans longer than the triage (default 60 s).</param>
    public static async Task<ChatPageRun> RunAsync(
        Uri page,
        string name,
        IReadOnlyList<PlanStep> plan,
        bool expectMoreQuestion,
        string? expectFinalText = null,
        TimeSpan? scriptTimeout = null)
    {
        File.Exists(Chromium).Should().BeTrue("the browser tests drive Debian's chromium at {0} (test.sh installs it: apt-get install chromium)", Chromium);
        await NodePackages.EnsureInstalledAsync();
        Directory.CreateDirectory(ArtifactsDirectory);
        foreach (var old in Directory.EnumerateFiles(ArtifactsDirectory, name + "-*.png"))
        {
            File.Delete(old);
        }

        var limit = scriptTimeout ?? ScriptTimeout;
        var config = new ChatPageConfig(
            page.ToString(),
            Chromium,
            name,
            ArtifactsDirectory,
            (int)limit.TotalMilliseconds,
            (int)StepTimeout.TotalMilliseconds,
            plan,
            expectMoreQuestion,
            expectFinalText);
        var script = Path.Combine(NodePackages.Directory, "chat-page.js");
        var run = await ChildProcess.RunAsync("node", [script, JsonSerializer.Serialize(config, JsonSerializerOptions.Web)], NodePackages.Directory, limit + ProcessGrace);
        return new ChatPageRun(run, ArtifactsDirectory);
    }
}
