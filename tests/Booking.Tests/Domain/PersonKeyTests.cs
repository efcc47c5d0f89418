using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Domain;

public sealed class PersonKeyTests
{
    [Fact]
    public void For_SameChannelAndUser_SameKeyWithoutTheRawId()
    {
        var first = PersonKey.For("sms", "+4522334455");
        var again = PersonKey.For("sms", "+4522334455");

        again.Should().Be(first);
        first.Value.Should().MatchRegex("^sms:[0-9a-f]{32}$").And.NotContain("22334455");
    }

    [Fact]
    public void For_OtherChannelOrUser_OtherKey()
    {
        var webchat = PersonKey.For("webchat", "user-1");

        PersonKey.For("msteams", "user-1").Should().NotBe(webchat);
        PersonKey.For("webchat", "user-2").Should().NotBe(webchat);
        PersonKey.For("msteams", "user-1").UserHash.Should().NotBe(webchat.UserHash, "the channel is part of the hash too");
    }

    [Theory]
    [InlineData("", "user")]
    [InlineData("web:chat", "user")]
    [InlineData("webchat", " ")]
    public void For_Malformed_Throws(string channel, string user)
    {
        var act = () => PersonKey.For(channel, user);

        act.Should().Throw<ArgumentException>();
    }
}
