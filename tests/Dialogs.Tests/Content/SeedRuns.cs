namespace HeelBot.Dialogs.Tests.Content;

/// <summary>Every run of <see cref="RunLength"/> consecutive words in the seed articles, read once.</summary>
internal static class SeedRuns
{
    public const int RunLength = 8;

    private static readonly Lazy<HashSet<string>> Runs = new(Load);

    public static HashSet<string> All => Runs.Value;

    private static HashSet<string> Load()
    {
        var files = Directory.GetFiles(RepositoryPaths.SeedsFolder, "*.txt");
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No seed articles (*.txt) in '{RepositoryPaths.SeedsFolder}'.");
        }

        return files
            .SelectMany(file => TextWords.Runs(TextWords.Tokens(File.ReadAllText(file)), RunLength))
            .ToHashSet(StringComparer.Ordinal);
    }
}
