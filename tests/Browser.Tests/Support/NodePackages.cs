using System.Reflection;

namespace HeelBot.Browser.Tests.Support;

/// <summary>
/// tests/Browser.Tests/node and its npm packages (playwright-core, axe-core), installed from its package-lock.json
/// with `npm ci` the first time a test needs them.
/// </summary>
public static class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Directory { get; } = typeof(NodePackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BrowserTestsNodeDirectory").Value!;

    private static bool Installed =>
        File.Exists(Path.Combine(Directory, "node_modules", "playwright-core", "package.json"))
        && File.Exists(Path.Combine(Directory, "node_modules", "axe-core", "axe.min.js"));

    /// <summary>Runs `npm ci` once when node_modules is missing; fails the test with npm's output if that fails.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Installed)
            {
                return;
            }

            // --ignore-scripts: neither package needs an install script, and playwright-core must not fetch a browser.
            var run = await Processes.RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], Directory, InstallTimeout);
            run.ExitCode.Should().Be(0, "`npm ci` in {0} should install the browser test packages:\n{1}\n{2}", Directory, run.Output, run.Errors);
            Installed.Should().BeTrue("`npm ci` installs playwright-core and axe-core into {0}", Directory);
        }
        finally
        {
            Gate.Release();
        }
    }
}
