namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>Every .chat script under Conversations/ is one test.</summary>
public sealed class ChatScriptTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conversations");

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.chat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlaysAsWritten(string script)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Root, script));
        await ChatRunner.RunAsync(ChatScript.Parse(script, text));
    }

    [Fact]
    public void Scripts_CoverBothLanguagesOnEveryChannel_AtLeastFiftyConversations()
    {
        var scripts = Directory.EnumerateFiles(Root, "*.chat", SearchOption.AllDirectories)
            .Select(file => ChatScript.Parse(Path.GetRelativePath(Root, file), File.ReadAllText(file)))
            .ToList();

        scripts.Count.Should().BeGreaterThanOrEqualTo(50);
        foreach (var language in new[] { "da", "en" })
        {
            foreach (var channel in new[] { "webchat", "msteams", "sms" })
            {
                scripts.Should().Contain(s => s.Language == language && s.Channel == channel, $"{language} on {channel} needs conversations too");
            }
        }
    }
}
