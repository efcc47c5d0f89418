using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.Schema;

public class ActivityTests
{
    [Fact]
    public void CreateReply_IncomingMessage_SwapsFromAndRecipientAndSetsReplyToId()
    {
        var incoming = RecordedFiles.ReadActivity("webchat-message.json");

        var reply = incoming.CreateReply("Hvor længe har du haft ondt?");

        reply.Type.Should().Be(ActivityTypes.Message);
        reply.Text.Should().Be("Hvor længe har du haft ondt?");
        reply.From!.Id.Should().Be(incoming.Recipient!.Id);
        reply.From.Name.Should().Be("HeelBot");
        reply.From.Role.Should().Be("bot");
        reply.Recipient!.Id.Should().Be(incoming.From!.Id);
        reply.Recipient.Role.Should().Be("user");
        reply.ReplyToId.Should().Be(incoming.Id);
        reply.Conversation!.Id.Should().Be(incoming.Conversation!.Id);
        reply.ChannelId.Should().Be(Channels.Webchat);
        reply.ServiceUrl.Should().Be(incoming.ServiceUrl);
        reply.Locale.Should().Be("da-DK");
    }

    [Fact]
    public void CreateReply_NoAddressing_LeavesFromAndRecipientEmpty()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Id = "1" }.CreateReply();

        reply.From.Should().BeNull();
        reply.Recipient.Should().BeNull();
        reply.ReplyToId.Should().Be("1");
    }

    [Fact]
    public void RemoveRecipientMention_TeamsChannelMessage_StripsTheBotMentionAndTrims()
    {
        var activity = RecordedFiles.ReadActivity("teams-channel-mention.json");

        var text = activity.RemoveRecipientMention();

        text.Should().Be("hej, jeg har ondt i hælen når jeg står op");
        activity.Text.Should().Be(text);
    }

    [Fact]
    public void RemoveRecipientMention_MentionOfSomeoneElse_IsKept()
    {
        var activity = new Activity
        {
            Text = "<at>Jonas</at> <at>HeelBot</at> hvad med Jonas?",
            Recipient = new ChannelAccount("28:bot", "HeelBot"),
            Entities =
            [
                Entity.From("mention", new Mention { Mentioned = new ChannelAccount("29:jonas", "Jonas"), Text = "<at>Jonas</at>" }),
                Entity.From("mention", new Mention { Mentioned = new ChannelAccount("28:bot", "HeelBot"), Text = "<at>HeelBot</at>" }),
            ],
        };

        activity.RemoveRecipientMention().Should().Be("<at>Jonas</at>  hvad med Jonas?");
    }

    [Fact]
    public void RemoveRecipientMention_MalformedMentionEntity_IsSkippedNotThrown()
    {
        var malformed = new Entity("mention")
        {
            Properties = new Dictionary<string, System.Text.Json.JsonElement> { ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement("b") },
        };
        var activity = new Activity
        {
            Text = "<at>HeelBot</at> hej",
            Recipient = new ChannelAccount("28:bot", "HeelBot"),
            Entities = [malformed, Entity.From("mention", new Mention { Mentioned = new ChannelAccount("28:bot", "HeelBot"), Text = "<at>HeelBot</at>" })],
        };

        activity.RemoveRecipientMention().Should().Be("hej");
    }

    [Fact]
    public void RemoveRecipientMention_NoEntities_ReturnsTextUnchanged()
    {
        var activity = new Activity { Text = " <at>HeelBot</at> hej ", Recipient = new ChannelAccount("28:bot") };

        activity.RemoveRecipientMention().Should().Be(" <at>HeelBot</at> hej ");
    }

    [Fact]
    public void GetConversationReference_ThenApply_AddressesAReplyToTheSender()
    {
        var incoming = RecordedFiles.ReadActivity("teams-channel-mention.json");
        var reference = incoming.GetConversationReference();

        var reply = MessageFactory.Text("Hej Mette").ApplyConversationReference(reference);

        reply.From!.Id.Should().Be(incoming.Recipient!.Id);
        reply.Recipient!.Id.Should().Be(incoming.From!.Id);
        reply.Conversation!.Id.Should().Be(incoming.Conversation!.Id);
        reply.ReplyToId.Should().Be(incoming.Id);
        reply.ServiceUrl.Should().Be(incoming.ServiceUrl);
        reply.ChannelId.Should().Be(Channels.Msteams);
    }

    [Fact]
    public void ApplyConversationReference_FieldsAlreadySet_AreNotOverwritten()
    {
        var reference = new ConversationReference { ChannelId = Channels.Webchat, ActivityId = "in-1", Locale = "da-DK" };

        var activity = new Activity { ChannelId = Channels.Sms, ReplyToId = "other", Locale = "en-US" }.ApplyConversationReference(reference);

        activity.ChannelId.Should().Be(Channels.Sms);
        activity.ReplyToId.Should().Be("other");
        activity.Locale.Should().Be("en-US");
    }
}
