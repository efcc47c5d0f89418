using System.Reflection;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>The files these tests read, in the source tree (the test assembly names its root).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string AzureTemplates { get; } = Path.Combine(Root, "deploymentTemplates", "azure");

    public static string Template { get; } = Path.Combine(AzureTemplates, "azuredeploy.json");

    public static string TemplateParameters { get; } = Path.Combine(AzureTemplates, "azuredeploy.parameters.json");

    public static string HostProject { get; } = Path.Combine(Root, "src", "Bot");

    public static string HostAppSettings { get; } = Path.Combine(HostProject, "appsettings.json");

    public static string Readme { get; } = Path.Combine(Root, "README.md");

    public static string BuildProps { get; } = Path.Combine(Root, "Directory.Build.props");

    private static string FindRoot()
    {
        var value = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value;
        Directory.Exists(value).Should().BeTrue("the test assembly names RepositoryRoot = {0}, which should exist", value);
        return value!;
    }
}
