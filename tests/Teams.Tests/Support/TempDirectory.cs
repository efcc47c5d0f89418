namespace HeelBot.Teams.Tests.Support;

/// <summary>A fresh folder for a test's files, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"heelbot-teams-tests-{Guid.NewGuid():N}");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>An appsettings file with no bot id, so the developer's own configuration never leaks into a test.</summary>
    public string EmptyConfig()
    {
        var path = File("appsettings.empty.json");
        System.IO.File.WriteAllText(path, """{ "MicrosoftAppId": "" }""");
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
