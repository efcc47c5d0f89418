namespace HeelBot.Tests.Shared;

/// <summary>
/// A test project's node/ folder and its npm packages, installed from its package-lock.json with `npm ci` the first
/// time a test needs them (once per test run while they stay installed).
/// </summary>
/// <param name="directory">The folder holding package.json and package-lock.json.</param>
/// <param name="requiredFiles">Files under node_modules that show the install is complete, e.g. "axe-core/axe.min.js".</param>
/// <param name="installTimeout">How long `npm ci` may take.</param>
public sealed class NodePackages(string directory, IReadOnlyList<string> requiredFiles, TimeSpan installTimeout)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Directory { get; } = directory;

    private IEnumerable<string> Missing => requiredFiles.Where(file => !File.Exists(Path.Combine(Directory, "node_modules", file)));

    /// <summary>Runs `npm ci` when a required package is missing; fails the test with npm's output if that fails.</summary>
    public async Task EnsureInstalledAsync()
    {
        // Parallel tests must not run two installs into the same node_modules.
        await _gate.WaitAsync();
        try
        {
            if (!Missing.Any())
            {
                return;
            }

            // --ignore-scripts: no package here needs an install script, and playwright-core must not fetch a browser.
            var result = await ChildProcess.RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], Directory, installTimeout);
            result.ExitCode.Should().Be(0, "`npm ci` in {0} should install the test packages:\n{1}", Directory, result);
            Missing.Should().BeEmpty("`npm ci` should have installed every package the tests need into {0}", Directory);
        }
        finally
        {
            _gate.Release();
        }
    }
}
