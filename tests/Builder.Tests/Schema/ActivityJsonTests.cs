using System.Text.Json;
using System.Text.Json.Nodes;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Tests.Schema;

public class ActivityJsonTests
{
    // Every level carries a field the schema does not model; all of them must come back.
    private const string ActivityWithUnknownFields = """
        {
          "type": "message",
          "id": "act-1",
          "channelId": "webchat",
          "text": "hej",
          "listenFor": ["ja", "nej"],
          "semanticAction": { "id": "triage", "state": "start", "entities": {} },
          "from": { "id": "user-1", "name": "Mette", "role": "user", "properties": { "vip": true } },
          "recipient": { "id": "bot-1", "name": "HeelBot", "tenantHint": "x" },
          "conversation": { "id": "conv-1", "isGroup": false, "region": "eu", "members": [1, 2] },
          "channelData": { "clientActivityID": "abc123", "nested": { "deep": [true, null, 3.5] } },
          "entities": [
            { "type": "mention", "mentioned": { "id": "bot-1", "name": "HeelBot" }, "text": "<at>HeelBot</at>", "confidence": 0.9 },
            { "type": "clientInfo", "locale": "da-DK", "country": "DK" }
          ],
          "attachments": [
            {
              "contentType": "application/vnd.microsoft.card.adaptive",
              "content": { "type": "AdaptiveCard", "version": "1.5", "body": [{ "type": "TextBlock", "text": "Hæl", "wrap": true }] },
              "layoutHint": "wide"
            }
          ],
          "suggestedActions": { "actions": [{ "type": "imBack", "title": "Ja", "value": "Ja", "imageAltText": "ja" }], "ttl": 30 },
          "value": { "answer": 42, "list": ["a"] }
        }
        """;

    [Fact]
    public void RoundTrip_UnknownFieldsAtEveryLevel_AreKept()
    {
        var activity = JsonSerializer.Deserialize<Activity>(ActivityWithUnknownFields, BotJson.Options)!;

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        var original = JsonNode.Parse(ActivityWithUnknownFields);
        var roundTripped = JsonNode.Parse(written);
        JsonNode.DeepEquals(original, roundTripped).Should().BeTrue($"nothing may be lost or changed, but got{Environment.NewLine}{written}");
    }

    [Fact]
    public void Deserialize_UnknownFields_LandInPropertiesOfTheirLevel()
    {
        var activity = JsonSerializer.Deserialize<Activity>(ActivityWithUnknownFields, BotJson.Options)!;

        activity.Properties.Should().ContainKeys("listenFor", "semanticAction");
        activity.From!.Properties.Should().ContainKey("properties");
        activity.Conversation!.Properties.Should().ContainKeys("region", "members");
        activity.Entities![0].Properties.Should().ContainKeys("mentioned", "text", "confidence");
        activity.Attachments![0].Properties.Should().ContainKey("layoutHint");
        activity.Attachments[0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString().Should().Be("Hæl");
        activity.SuggestedActions!.Properties.Should().ContainKey("ttl");
        activity.SuggestedActions.Actions[0].Properties.Should().ContainKey("imageAltText");
        activity.ChannelData!.Value.GetProperty("nested").GetProperty("deep").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Serialize_NewActivity_UsesCamelCaseAndOmitsNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = Channels.Webchat,
            ReplyToId = "act-1",
            InputHint = InputHints.ExpectingInput,
            From = new ChannelAccount("bot-1", "HeelBot", "bot"),
            Text = "Hvor gør det ondt?",
        };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse("""
            {
              "type": "message",
              "channelId": "webchat",
              "from": { "id": "bot-1", "name": "HeelBot", "role": "bot" },
              "text": "Hvor gør det ondt?",
              "inputHint": "expectingInput",
              "replyToId": "act-1"
            }
            """)).Should().BeTrue($"got {json}");
    }

    [Fact]
    public void Serialize_DanishLetters_StayReadable()
    {
        var json = JsonSerializer.Serialize(new Activity { Text = "Ømhed i hælen" }, BotJson.Options);

        json.Should().Contain("Ømhed i hælen");
    }

    [Fact]
    public void Deserialize_PascalCaseNames_AreReadCaseInsensitively()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{ "Type": "message", "ChannelId": "sms", "Text": "1" }""", BotJson.Options)!;

        activity.Type.Should().Be(ActivityTypes.Message);
        activity.ChannelId.Should().Be(Channels.Sms);
        activity.Text.Should().Be("1");
    }

    [Fact]
    public void Clone_ChangingTheCopy_LeavesTheOriginal()
    {
        var original = JsonSerializer.Deserialize<Activity>(ActivityWithUnknownFields, BotJson.Options)!;

        var copy = original.Clone();
        copy.Text = "ændret";
        copy.From!.Name = "Anden";

        original.Text.Should().Be("hej");
        original.From!.Name.Should().Be("Mette");
        copy.Properties.Should().ContainKey("semanticAction");
    }

    [Fact]
    public void Clone_EveryPart_SerialisesLikeTheOriginal()
    {
        var original = JsonSerializer.Deserialize<Activity>(ActivityWithUnknownFields, BotJson.Options)!;
        original.MembersAdded = [new ChannelAccount("u1", "Mette")];
        original.SuggestedActions = new SuggestedActions { To = ["u1"], Actions = [new CardAction(ActionTypes.ImBack, "Ja", JsonSerializer.SerializeToElement("ja"))] };
        original.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.hero", Content = JsonSerializer.SerializeToElement(new { title = "Hæl" }) }];
        original.Entities = [Entity.From("heelbot.turn", new { asks = "location" })];
        original.RelatesTo = new ConversationReference { ActivityId = "a-0", User = new ChannelAccount("u1"), Conversation = new ConversationAccount("c1") };

        var copy = original.Clone();

        JsonSerializer.Serialize(copy, BotJson.Options).Should().Be(JsonSerializer.Serialize(original, BotJson.Options));
    }

    [Fact]
    public void Clone_ChangingNestedListsAndBags_LeavesTheOriginal()
    {
        var original = JsonSerializer.Deserialize<Activity>(ActivityWithUnknownFields, BotJson.Options)!;
        original.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Ja")] };
        original.Entities = [Entity.From("heelbot.turn", new { asks = "location" })];
        original.RelatesTo = new ConversationReference { User = new ChannelAccount("u1") };
        var before = JsonSerializer.Serialize(original, BotJson.Options);

        var copy = original.Clone();
        copy.SuggestedActions!.Actions[0].Title = "Nej";
        copy.SuggestedActions.Actions.Add(new CardAction(ActionTypes.ImBack, "Måske"));
        copy.Entities!.Add(new Entity("mention"));
        copy.Entities[0].Properties!["asks"] = JsonSerializer.SerializeToElement("timing");
        copy.Properties!.Remove("semanticAction");
        copy.Conversation!.Id = "other";
        copy.RelatesTo!.User!.Id = "u2";

        JsonSerializer.Serialize(original, BotJson.Options).Should().Be(before);
    }
}
