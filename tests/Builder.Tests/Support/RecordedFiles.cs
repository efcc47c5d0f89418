using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Tests.Support;

/// <summary>Reads the recorded channel payloads under Files/.</summary>
internal static class RecordedFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Files", name));

    public static Activity ReadActivity(string name) =>
        JsonSerializer.Deserialize<Activity>(Read(name), BotJson.Options)
        ?? throw new InvalidOperationException($"Files/{name} holds no activity.");
}
