namespace HeelBot.Dialogs.Tests.Content;

/// <summary>
/// Finds the repository (the folder holding HeelBot.sln) from the test binaries, and the shared
/// seed articles beside it, so content tests read the real files rather than copies.
/// </summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "HeelBot.sln";

    public static string Root { get; } = FindRoot();

    public static string ContentFolder => Path.Combine(Root, "content");

    /// <summary>../shared/seeds next to the repository; fails with a clear message when it is not there.</summary>
    public static string SeedsFolder
    {
        get
        {
            var seeds = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            if (!Directory.Exists(seeds))
            {
                throw new DirectoryNotFoundException(
                    $"The seed articles were expected in '{seeds}' (../shared/seeds next to {SolutionFile}). " +
                    "The advice provenance and no-copy tests need them; check out the shared folder beside the repository.");
            }

            return seeds;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No {SolutionFile} found in '{AppContext.BaseDirectory}' or any folder above it.");
    }
}
