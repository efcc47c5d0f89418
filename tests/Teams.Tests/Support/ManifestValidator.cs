using System.Text.Json;

namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// Validates a manifest file against the schema @microsoft/app-manifest bundles for its manifestVersion
/// (tests/Teams.Tests/node/validate-manifest.mjs, offline).
/// </summary>
public static class ManifestValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // fs-extra is checked too: @microsoft/app-manifest needs it at run time without declaring it.
    private static readonly NodePackages NodePackages = new(
        RepositoryPaths.NodeDirectory,
        ["@microsoft/app-manifest/package.json", "fs-extra/package.json"],
        TimeSpan.FromMinutes(5));

    public static async Task<ManifestValidation> ValidateAsync(string manifestPath)
    {
        await NodePackages.EnsureInstalledAsync();
        var script = Path.Combine(RepositoryPaths.NodeDirectory, "validate-manifest.mjs");
        var result = await ChildProcess.RunAsync("node", [script, manifestPath], RepositoryPaths.NodeDirectory, Timeout);

        // 0 = valid and 1 = invalid both print the report; anything else means the check itself could not run.
        result.ExitCode.Should().BeOneOf([0, 1], "the validator should be able to check the manifest: {0}", result);
        var report = JsonDocument.Parse(result.Output).RootElement;
        var validation = new ManifestValidation(
            report.GetProperty("manifestVersion").GetString()!,
            report.GetProperty("newestBundledVersion").GetString()!,
            report.GetProperty("schemaPath").GetString()!,
            [.. report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]);
        (result.ExitCode == 0).Should().Be(validation.Errors.Count == 0, "the exit code agrees with the report: {0}", result);
        return validation;
    }
}
