using HeelBot.Bot.Channels.Twilio;
using HeelBot.Builder.Schema;
using HeelBot.Sms.Tests.Support;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Sms.Tests.Mapping;

/// <summary>Twilio's webhook form → the bot's activity, on recorded payloads (Files/*.txt).</summary>
public sealed class TwilioSmsMapperTests
{
    private const string Key = "mapper-test-key";
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Parse_RecordedTextPayload_ReadsTheMessage()
    {
        // Act
        var message = TwilioSmsMapper.Parse(RecordedPayloads.Form("inbound-text.txt"));

        // Assert
        message.Should().NotBeNull();
        message!.MessageSid.Should().Be("SM5f3c1d2e4a6b8c0d9e7f1a2b3c4d5e6f");
        message.AccountSid.Should().Be("AC11111111111111111111111111111111");
        message.From.Should().Be("+4561234567");
        message.To.Should().Be("+4570203040");
        message.Body.Should().Be("Hej, jeg har ondt i hælen");
        message.Media.Should().BeEmpty();
        message.FromCountry.Should().Be("DK");
    }

    [Fact]
    public void ToActivity_RecordedTextPayload_IsAnSmsMessageNamedByHashesNotNumbers()
    {
        // Arrange
        var message = TwilioSmsMapper.Parse(RecordedPayloads.Form("inbound-text.txt"))!;
        var phoneId = TwilioSmsMapper.PhoneId(message.From, Key);

        // Act
        var activity = TwilioSmsMapper.ToActivity(message, phoneId, TwilioSmsMapper.PhoneId(message.To, Key), Now);

        // Assert
        activity.Type.Should().Be(ActivityTypes.Message);
        activity.ChannelId.Should().Be(Channels.Sms);
        activity.Id.Should().Be("SM5f3c1d2e4a6b8c0d9e7f1a2b3c4d5e6f");
        activity.Text.Should().Be("Hej, jeg har ondt i hælen");
        activity.Timestamp.Should().Be(Now);
        activity.Locale.Should().Be("da-DK");
        activity.Conversation!.Id.Should().Be(phoneId);
        activity.From!.Id.Should().Be(phoneId);
        activity.From.Role.Should().Be("user");
        activity.Recipient!.Role.Should().Be("bot");
        activity.Attachments.Should().BeNull();
        var json = System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Options);
        json.Should().NotContain("4561234567").And.NotContain("4570203040", "no phone number travels with the activity");
    }

    [Fact]
    public void ToActivity_RecordedMediaPayload_HasNoTextAndCarriesTheMedia()
    {
        // Arrange
        var message = TwilioSmsMapper.Parse(RecordedPayloads.Form("inbound-media.txt"))!;

        // Act
        var activity = TwilioSmsMapper.ToActivity(message, "sms-x", "sms-y", Now);

        // Assert: no text, so the bot answers that it reads text only.
        activity.Text.Should().BeNull();
        activity.Attachments.Should().ContainSingle();
        activity.Attachments![0].ContentType.Should().Be("image/jpeg");
        activity.Attachments[0].ContentUrl.Should().StartWith("https://api.twilio.com/2010-04-01/Accounts/");
    }

    [Fact]
    public void ToActivity_RecordedSpecialCharacters_KeepsTheTextAsWritten()
    {
        // Arrange
        var message = TwilioSmsMapper.Parse(RecordedPayloads.Form("inbound-special-characters.txt"))!;

        // Act
        var activity = TwilioSmsMapper.ToActivity(message, "sms-x", "sms-y", Now);

        // Assert
        activity.Text.Should().Be("Pain <3 weeks & \"sharp\" 😩 æøå");
        activity.Locale.Should().Be("en-GB");
    }

    [Fact]
    public void Parse_FormWithoutFrom_IsNotAMessage()
    {
        var form = RecordedPayloads.Form("inbound-text.txt");
        form.Remove("From");

        TwilioSmsMapper.Parse(form).Should().BeNull();
    }

    [Fact]
    public void Parse_MediaCountAboveTwilioMaximum_KeepsAtMostTen()
    {
        // Arrange
        var form = RecordedPayloads.Form("inbound-media.txt");
        form["NumMedia"] = "999";
        for (var i = 0; i < 12; i++)
        {
            form[$"MediaUrl{i}"] = $"https://api.twilio.com/m/{i}";
        }

        // Act and assert
        TwilioSmsMapper.Parse(form)!.Media.Should().HaveCount(TwilioSmsMapper.MaxMedia);
    }

    [Fact]
    public void PhoneId_SameNumberWrittenDifferently_SameId()
    {
        TwilioSmsMapper.PhoneId("+45 61 23 45 67", Key).Should().Be(TwilioSmsMapper.PhoneId("+4561234567", Key));
    }

    [Fact]
    public void PhoneId_DifferentNumberOrKey_DifferentIdWithoutTheNumber()
    {
        // Act
        var id = TwilioSmsMapper.PhoneId("+4561234567", Key);

        // Assert
        id.Should().StartWith("sms-").And.HaveLength(36).And.NotContain("61234567");
        TwilioSmsMapper.PhoneId("+4561234568", Key).Should().NotBe(id);
        TwilioSmsMapper.PhoneId("+4561234567", Key + "2").Should().NotBe(id, "the id is keyed, so it cannot be found by hashing every number");
    }

    [Theory]
    [InlineData("STOP", TwilioKeyword.OptOut)]
    [InlineData(" stop ", TwilioKeyword.OptOut)]
    [InlineData("Unsubscribe", TwilioKeyword.OptOut)]
    [InlineData("QUIT", TwilioKeyword.OptOut)]
    [InlineData("afmeld", TwilioKeyword.OptOut)]
    [InlineData("START", TwilioKeyword.OptIn)]
    [InlineData("unstop", TwilioKeyword.OptIn)]
    [InlineData("HELP", TwilioKeyword.Help)]
    [InlineData("info", TwilioKeyword.Help)]
    [InlineData("stop please", TwilioKeyword.None)]
    [InlineData("Stop samtalen", TwilioKeyword.None)]
    [InlineData("hjælp", TwilioKeyword.None)]
    [InlineData("1", TwilioKeyword.None)]
    public void Keyword_Body_OnlyTheExactWordCounts(string body, TwilioKeyword expected)
    {
        var message = Message(body);

        TwilioSmsMapper.Keyword(message).Should().Be(expected);
    }

    [Theory]
    [InlineData("STOP", "Afmeld mig tak", TwilioKeyword.OptOut)]
    [InlineData("START", "Tilmeld", TwilioKeyword.OptIn)]
    [InlineData("HELP", "Hvad er det her", TwilioKeyword.Help)]
    public void Keyword_AdvancedOptOutType_WinsOverTheBody(string optOutType, string body, TwilioKeyword expected)
    {
        var message = Message(body) with { OptOutType = optOutType };

        TwilioSmsMapper.Keyword(message).Should().Be(expected);
    }

    [Theory]
    [InlineData("HELP")]
    [InlineData("Info")]
    public void ToActivity_HelpKeyword_IsTheBotsLanguageNeutralHelpCommand(string body)
    {
        TwilioSmsMapper.ToActivity(Message(body), "sms-x", "sms-y", Now).Text.Should().Be(TwilioSmsMapper.HelpCommandText);
    }

    private static TwilioInboundMessage Message(string body)
    {
        var form = RecordedPayloads.Form("inbound-text.txt");
        form["Body"] = new StringValues(body);
        return TwilioSmsMapper.Parse(form)!;
    }
}
