using System.Reflection;
using System.Text.RegularExpressions;

namespace HeelBot.Browser.Tests.Support;

/// <summary>The advice sections' titles as the content files (content/&lt;language&gt;/advice/&lt;id&gt;.md) write them.</summary>
public static partial class AdviceContent
{
    public static string Directory { get; } = typeof(AdviceContent).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "HeelBotContentDirectory").Value!;

    public static string Title(string language, string sectionId)
    {
        var path = Path.Combine(Directory, language, "advice", sectionId + ".md");
        File.Exists(path).Should().BeTrue("the bot showed advice section {0}, so {1} exists", sectionId, path);
        var match = TitleLine().Match(File.ReadAllText(path));
        match.Success.Should().BeTrue("{0} has a title in its front matter", path);
        return match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value.Trim();
    }

    [GeneratedRegex("^title:[ \\t]*(?:\"(?<quoted>[^\"]*)\"|(?<plain>[^\\r\\n]+))", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
