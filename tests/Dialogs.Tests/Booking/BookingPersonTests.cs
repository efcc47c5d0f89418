using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Booking;
using Moq;

namespace HeelBot.Dialogs.Tests.Booking;

public sealed class BookingPersonTests
{
    [Fact]
    public void KeyFor_SamePersonOnAnotherChannel_IsAnotherKey()
    {
        var web = BookingPerson.KeyFor(Turn(Channels.Webchat, "user-1"));
        var teams = BookingPerson.KeyFor(Turn(Channels.Msteams, "user-1"));

        web.Should().Be(PersonKey.For(Channels.Webchat, "user-1"));
        teams.Should().NotBe(web, "a booking is seen and cancelled only from the channel it was made on");
        web.Value.Should().NotContain("user-1", "the raw id is never stored");
    }

    [Theory]
    [InlineData(Channels.Sms, "+4520123456", "+4520123456")]
    [InlineData(Channels.Sms, "+447700900123", "+447700900123")]
    [InlineData(Channels.Sms, "sms-0f3a9c5e1d2b4a6c8e0f1a2b3c4d5e6f", null)]
    [InlineData(Channels.Sms, "20123456", null)]
    [InlineData(Channels.Webchat, "+4520123456", null)]
    public void ChannelPhone_FromId_IsTheNumberOnlyOnTheAzureSmsChannel(string channelId, string fromId, string? expected)
    {
        BookingPerson.ChannelPhone(Turn(channelId, fromId)).Should().Be(expected);
    }

    private static ITurnContext Turn(string channelId, string fromId)
    {
        var turn = new Mock<ITurnContext>();
        turn.SetupGet(t => t.Activity).Returns(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channelId,
            From = new ChannelAccount(fromId),
            Conversation = new ConversationAccount("conv-1"),
        });
        return turn.Object;
    }
}
