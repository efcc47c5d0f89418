namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// Runs deploymentTemplates/teams/package.mjs as an operator would. The test run's own MicrosoftAppId (if any)
/// is removed, so only what a test passes reaches the command.
/// </summary>
public static class TeamsPackageCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string? microsoftAppIdVariable = null) =>
        ChildProcess.RunAsync(
            "node",
            [RepositoryPaths.PackageCommand, .. arguments],
            RepositoryPaths.Root,
            Timeout,
            new Dictionary<string, string?> { ["MicrosoftAppId"] = microsoftAppIdVariable });

    /// <summary>Builds the package with the bot id given on the command line and an empty configuration file.</summary>
    public static async Task<string> BuildAsync(TempDirectory directory, string botId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var zip = directory.File("heelbot-teams.zip");
        var result = await RunAsync(["--bot-id", botId, "--config", directory.EmptyConfig(), "--out", zip]);
        result.ExitCode.Should().Be(0, "the package command should build with a bot id: {0}", result);
        File.Exists(zip).Should().BeTrue();
        return zip;
    }
}
