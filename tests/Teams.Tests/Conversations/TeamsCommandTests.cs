using System.Net;
using System.Text.Json.Nodes;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Conversations;

/// <summary>
/// The commands the Teams manifest offers in the compose box (its commandLists) are words the bot understands:
/// choosing one sends its title as the message text.
/// </summary>
public sealed class TeamsCommandTests(TeamsApplication app) : IClassFixture<TeamsApplication>
{
    // Each manifest command and the prompt key the bot answers it with.
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["hjælp"] = "help",
        ["help"] = "help",
        ["start forfra"] = "startover",
        ["start over"] = "startover",
        ["stop"] = "goodbye",
    };

    public static TheoryData<string> ManifestCommands()
    {
        var data = new TheoryData<string>();
        foreach (var title in CommandTitles())
        {
            data.Add(title);
        }

        return data;
    }

    [Fact]
    public void ManifestTemplate_Commands_AreExactlyTheOnesCheckedAgainstTheBot()
    {
        CommandTitles().Should().BeEquivalentTo(Expected.Keys, "every command in the manifest has a checked answer, and the help commands are there");
    }

    [Theory]
    [MemberData(nameof(ManifestCommands))]
    public async Task PostActivity_ManifestCommandMidConversation_BotAnswersTheCommand(string title)
    {
        // Arrange
        using var chat = app.Chat();
        await chat.StartAsync();
        (await chat.SayAsync(BotTexts.Choice("location", "under"))).Asks().Should().Be("timing");
        Expected.Should().ContainKey(title);

        // Act
        var turn = await chat.SayAsync(title);

        // Assert: Danish or English, whichever the bot took the command to be in.
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.Texts.Should().Contain(text => text == BotTexts.Text(Expected[title], "da") || text == BotTexts.Text(Expected[title], "en"),
            "'{0}' is answered with the {1} prompt (the bot said: {2})", title, Expected[title], string.Join(" | ", turn.Texts));
    }

    private static List<string> CommandTitles()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.ManifestTemplate))!;
        return [.. manifest["bots"]!.AsArray()
            .SelectMany(bot => bot!["commandLists"]!.AsArray())
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>())];
    }
}
