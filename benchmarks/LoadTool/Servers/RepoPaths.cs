namespace HeelBot.LoadTool.Servers;

/// <summary>Where things are in the repository, found from the tool's own location (or the current folder).</summary>
public static class RepoPaths
{
    /// <summary>The folder holding HeelBot.sln, or null outside the repository.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HeelBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>HeelBot.Bot.dll: the one asked for, else the repository's Release build, else its Debug build.</summary>
    public static string BotDll(string? requested, string? preferredConfiguration = null)
    {
        if (requested is not null)
        {
            return File.Exists(requested) ? Path.GetFullPath(requested) : throw new FileNotFoundException($"--bot-dll: {requested} does not exist");
        }

        var root = FindRoot() ?? throw new InvalidOperationException("Not inside the HeelBot repository: pass --bot-dll.");
        var configurations = preferredConfiguration is null ? ["Release", "Debug"] : new[] { preferredConfiguration, "Release", "Debug" };
        foreach (var configuration in configurations.Distinct())
        {
            var path = Path.Combine(root, "src", "Bot", "bin", configuration, "net10.0", "HeelBot.Bot.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("HeelBot.Bot.dll is not built: dotnet build src/Bot -c Release (or pass --bot-dll).");
    }

    /// <summary>The reference bot: the one asked for, else ../shared/reference-bot beside the repository.</summary>
    public static string ReferenceDir(string? requested)
    {
        var dir = requested ?? (FindRoot() is { } root ? Path.Combine(root, "..", "shared", "reference-bot") : null);
        return dir is not null && File.Exists(Path.Combine(dir, "index.js"))
            ? Path.GetFullPath(dir)
            : throw new DirectoryNotFoundException($"The reference bot was not found ({dir ?? "no repository"}): pass --reference-dir.");
    }

    public static string OutputDir(string? requested) =>
        Path.GetFullPath(requested ?? Path.Combine(FindRoot() ?? Directory.GetCurrentDirectory(), "artifacts", "loadtool"));

    /// <summary>A fresh folder for one run's databases and copies, under the system temp folder.</summary>
    public static string NewScratchDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "heelbot-loadtool", name);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
