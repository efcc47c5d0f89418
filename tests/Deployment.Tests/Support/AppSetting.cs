namespace HeelBot.Deployment.Tests.Support;

/// <summary>One App Service app setting: an environment variable, whose <c>__</c> ASP.NET Core reads as <c>:</c>.</summary>
public sealed record AppSetting(string Name, string Value)
{
    public string ConfigurationKey => Name.Replace("__", ":", StringComparison.Ordinal);
}
