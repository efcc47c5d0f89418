using System.Reflection;

namespace HeelBot.Teams.Tests.Support;

/// <summary>Where the source tree's Teams files are: the tests run the real scripts, not copies in bin/.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>deploymentTemplates/teams: the manifest template, icons and the package command.</summary>
    public static string TeamsTemplates { get; } = Path.Combine(Root, "deploymentTemplates", "teams");

    /// <summary>tests/Teams.Tests/node: the schema validator and its npm packages.</summary>
    public static string NodeDirectory { get; } = Metadata("TeamsNodeDirectory");

    public static string PackageCommand { get; } = Path.Combine(TeamsTemplates, "package.mjs");

    public static string ManifestTemplate { get; } = Path.Combine(TeamsTemplates, "manifest.template.json");

    private static string Metadata(string key)
    {
        var value = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value;
        Directory.Exists(value).Should().BeTrue("the test assembly names {0} = {1}, which should exist", key, value);
        return value!;
    }
}
