using System.Text.Json;
using HeelBot.LoadTool.Transports;

namespace HeelBot.LoadTool.Tests;

public class ReplyParserTests
{
    [Fact]
    public void Messages_ReadsTurnEntityAndSkipsOthers()
    {
        using var doc = JsonDocument.Parse(
            """
            [
              {"type":"message","from":{"id":"u1"},"text":"echo"},
              {"type":"typing","from":{"id":"heelbot"}},
              {"type":"message","from":{"id":"heelbot"},"text":"Hvor?","inputHint":"expectingInput",
               "entities":[{"type":"other"},{"type":"heelbot.turn","asks":"location","disposition":null,"language":"da"}]},
              {"type":"message","from":{"id":"heelbot"},"text":"no entity"}
            ]
            """);

        var replies = ReplyParser.Messages(doc.RootElement, skipFromId: "u1");

        replies.Should().HaveCount(2);
        replies[0].Should().Be(new People.BotReply("Hvor?", "expectingInput", true, "location", null));
        replies[1].HasTurnEntity.Should().BeFalse();
    }

    [Fact]
    public void Messages_NotAnArray_Throws()
    {
        using var doc = JsonDocument.Parse("{}");

        var act = () => ReplyParser.Messages(doc.RootElement);

        act.Should().Throw<TurnFailedException>();
    }
}
