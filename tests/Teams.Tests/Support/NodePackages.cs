namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// The npm packages of tests/Teams.Tests/node, installed from its package-lock.json by `npm ci` the first time a
/// test needs them (once per test run).
/// </summary>
public static class NodePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    // fs-extra is checked too: @microsoft/app-manifest needs it at run time without declaring it.
    private static readonly string[] Required = ["@microsoft/app-manifest", "fs-extra"];

    private static readonly Lazy<Task> Install = new(InstallAsync);

    public static Task EnsureInstalledAsync() => Install.Value;

    private static async Task InstallAsync()
    {
        if (Required.All(Installed))
        {
            return;
        }

        var result = await ChildProcess.RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], RepositoryPaths.NodeDirectory, InstallTimeout);
        result.ExitCode.Should().Be(0, "npm ci in {0} installs the manifest validator:\n{1}", RepositoryPaths.NodeDirectory, result);
        Required.Where(p => !Installed(p)).Should().BeEmpty("npm ci should have installed every package the validator needs");
    }

    private static bool Installed(string package) =>
        File.Exists(Path.Combine(RepositoryPaths.NodeDirectory, "node_modules", package, "package.json"));
}
