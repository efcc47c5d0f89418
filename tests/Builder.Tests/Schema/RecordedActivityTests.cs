using System.Text.Json;
using System.Text.Json.Nodes;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.Schema;

public class RecordedActivityTests
{
    [Fact]
    public void Deserialize_WebChatMessage_ReadsAddressingTextAndClientData()
    {
        var activity = RecordedFiles.ReadActivity("webchat-message.json");

        activity.Type.Should().Be(ActivityTypes.Message);
        activity.ChannelId.Should().Be(Channels.Webchat);
        activity.Text.Should().Be("Jeg har ondt under hælen om morgenen");
        activity.Locale.Should().Be("da-DK");
        activity.From!.Role.Should().Be("user");
        activity.Recipient!.Name.Should().Be("HeelBot");
        activity.Conversation!.Id.Should().Be("K3xZ8pQ2mW7vL9nR4tYb1c-eu");
        activity.Timestamp.Should().Be(new DateTimeOffset(2025, 3, 3, 8, 0, 12, TimeSpan.Zero).AddTicks(3456789));
        activity.LocalTimestamp!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
        activity.LocalTimezone.Should().Be("Europe/Copenhagen");
        activity.ChannelData!.Value.GetProperty("clientActivityID").GetString().Should().Be("17409888121239v6x4h3k2nq");
        activity.Entities.Should().ContainSingle(e => e.Type == "ClientCapabilities")
            .Which.Properties!["supportsTts"].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Deserialize_TeamsChannelMessage_ReadsConversationMentionAndChannelData()
    {
        var activity = RecordedFiles.ReadActivity("teams-channel-mention.json");

        activity.ChannelId.Should().Be(Channels.Msteams);
        activity.ServiceUrl.Should().Be("https://smba.trafficmanager.net/emea/");
        activity.Conversation!.IsGroup.Should().BeTrue();
        activity.Conversation.ConversationType.Should().Be("channel");
        activity.Conversation.TenantId.Should().Be("c8e4a7d2-5b1f-4e3a-9c6d-2f7e8a9b0c1d");
        activity.From!.AadObjectId.Should().Be("6b2f9c1e-3d4a-4f8b-9e7c-1a2b3c4d5e6f");
        activity.Attachments.Should().ContainSingle().Which.ContentType.Should().Be("text/html");
        activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString().Should().Be(activity.Conversation.TenantId);

        var mention = activity.Entities!.Single(e => e.Type == "mention").GetAs<Mention>();
        mention!.Mentioned!.Id.Should().Be(activity.Recipient!.Id);
        mention.Text.Should().Be("<at>HeelBot</at>");
    }

    [Fact]
    public void Deserialize_TeamsInstall_ListsBotAndUserAsMembersAdded()
    {
        var activity = RecordedFiles.ReadActivity("teams-bot-installed.json");

        activity.Type.Should().Be(ActivityTypes.ConversationUpdate);
        activity.MembersAdded!.Select(m => m.Id).Should().Equal(
            "28:3e1d5c7b-9a2f-4e6d-8c1b-0a9f8e7d6c5b",
            "29:1Xq4dVhNfz0c8oQ2u3Rk7LmBw9sYtE5aP6gJiH1-KvUzWn3xCy8bD0eF2rT4sG6hJ");
        activity.Conversation!.ConversationType.Should().Be("personal");
    }

    [Theory]
    [InlineData("webchat-message.json")]
    [InlineData("teams-channel-mention.json")]
    [InlineData("teams-bot-installed.json")]
    public void RoundTrip_RecordedActivity_KeepsEveryField(string file)
    {
        var json = RecordedFiles.Read(file);
        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();
        var original = JsonNode.Parse(json)!.AsObject();

        // Timestamps come back as the same instant; System.Text.Json writes UTC as +00:00 rather than Z.
        foreach (var field in new[] { "timestamp", "localTimestamp" })
        {
            if (original[field] is { } stamp)
            {
                DateTimeOffset.Parse(written[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
                    .Should().Be(DateTimeOffset.Parse(stamp.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
                original.Remove(field);
                written.Remove(field);
            }
        }

        JsonNode.DeepEquals(original, written).Should().BeTrue($"the {file} activity must survive a round trip, got {written}");
    }
}
