using System.Xml.Linq;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Schema;

namespace HeelBot.Sms.Tests.Mapping;

/// <summary>The bot's replies → SMS texts → TwiML: plain text, packed and split where a reader pauses.</summary>
public sealed class SmsRenderingTests
{
    private const int Limit = 640;

    [Fact]
    public void ToMessages_ShortReplies_ShareOneMessageInOrder()
    {
        // Arrange
        var replies = new[] { MessageFactory.Text("Hej."), MessageFactory.Text("Hvor gør det ondt?\n1. Under hælen\n2. Bag på hælen") };

        // Act
        var messages = TwilioSmsMapper.ToMessages(replies, Limit);

        // Assert
        messages.Should().Equal("Hej.\n\nHvor gør det ondt?\n1. Under hælen\n2. Bag på hælen");
    }

    [Fact]
    public void ToMessages_SuggestedActionsCardsTypingAndTrace_OnlyTheTextRemains()
    {
        // Arrange
        var withButtons = ChoiceFactory.SuggestedAction([new Choice("Ja"), new Choice("Nej")], "Har du feber?");
        var card = ChoiceFactory.HeroCard([new Choice("Ja")]);
        var typing = Activity.CreateTypingActivity();
        var trace = new Activity { Type = ActivityTypes.Trace, Text = "internal" };

        // Act
        var messages = TwilioSmsMapper.ToMessages([typing, withButtons, card, trace], Limit);

        // Assert
        messages.Should().Equal("Har du feber?");
    }

    [Fact]
    public void ToMessages_MarkdownBold_BecomesPlainText()
    {
        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text("**Aflastning**\nSkift til __bløde__ sko.")], Limit);

        messages.Should().Equal("Aflastning\nSkift til bløde sko.");
    }

    [Theory]
    [InlineData(false, "Læs mere hos sundhed.dk.")]
    [InlineData(true, "Læs mere hos sundhed.dk: https://www.sundhed.dk/x.")]
    public void ToMessages_MarkdownLink_AddressOnlyWhenLinksAreAllowed(bool allowLinks, string expected)
    {
        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text("Læs mere hos [sundhed.dk](https://www.sundhed.dk/x).")], Limit, allowLinks);

        messages.Should().Equal(expected);
    }

    [Fact]
    public void ToMessages_LongAdvice_SplitsBetweenParagraphsWithinTheLimit()
    {
        // Arrange: three paragraphs of about 300 characters each.
        var paragraphs = Enumerable.Range(1, 3).Select(i => string.Concat(Enumerable.Repeat($"Afsnit {i} har en sætning. ", 12)).Trim()).ToList();
        var advice = "**Råd**\n" + string.Join("\n\n", paragraphs);

        // Act
        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text(advice)], Limit);

        // Assert
        messages.Should().HaveCountGreaterThan(1).And.OnlyContain(m => m.Length <= Limit);
        messages[0].Should().StartWith("Råd\n" + paragraphs[0]);
        messages.SelectMany(m => m.Split("\n\n")).Should().EndWith(paragraphs[1..], "paragraphs are never cut when they fit");
        Words(string.Join(" ", messages)).Should().Equal(Words("Råd " + string.Join(" ", paragraphs)), "nothing is lost or reordered");
    }

    [Fact]
    public void ToMessages_OneVeryLongParagraph_SplitsAtSentences()
    {
        // Arrange
        var sentences = Enumerable.Range(1, 40).Select(i => $"Dette er sætning nummer {i}, og den siger noget nyttigt om hælen.").ToList();

        // Act
        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text(string.Join(" ", sentences))], Limit);

        // Assert
        messages.Should().HaveCountGreaterThan(3).And.OnlyContain(m => m.Length <= Limit);
        messages.Should().OnlyContain(m => m.EndsWith('.'), "each message ends where a sentence ends");
        string.Join(" ", messages).Should().Be(string.Join(" ", sentences));
    }

    [Fact]
    public void ToMessages_OneEndlessWordWithEmoji_HardCutNeverSplitsAnEmoji()
    {
        // Arrange: 1000 emoji (2000 UTF-16 units) with no space to split at.
        var text = string.Concat(Enumerable.Repeat("😩", 1000));

        // Act
        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text(text)], 161);

        // Assert
        messages.Should().OnlyContain(m => m.Length <= 161 && !char.IsHighSurrogate(m[m.Length - 1]) && !char.IsLowSurrogate(m[0]));
        string.Concat(messages).Should().Be(text);
    }

    [Fact]
    public void ToMessages_LimitAboveTwilios_IsTwilios()
    {
        var text = string.Join(" ", Enumerable.Repeat("ord", 1000));

        var messages = TwilioSmsMapper.ToMessages([MessageFactory.Text(text)], 5000);

        messages.Should().OnlyContain(m => m.Length <= TwilioSmsOptions.MaxBodyLength).And.HaveCount(3);
    }

    [Fact]
    public void ToTwiml_Messages_OneEscapedMessageElementEach()
    {
        // Act
        var twiml = TwilioSmsMapper.ToTwiml(["Ring 112 & <vent> ikke \"nu\"", "Linje 1\nLinje 2 😩"]);

        // Assert
        twiml.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>Ring 112 &amp; &lt;vent&gt; ikke");
        var messages = XDocument.Parse(twiml).Root!.Elements("Message").Select(m => m.Value);
        messages.Should().Equal("Ring 112 & <vent> ikke \"nu\"", "Linje 1\nLinje 2 😩");
    }

    [Fact]
    public void ToTwiml_NoMessages_EmptyResponse()
    {
        var twiml = TwilioSmsMapper.ToTwiml([]);

        XDocument.Parse(twiml).Root!.Should().Match<XElement>(r => r.Name == "Response" && !r.HasElements);
    }

    [Fact]
    public void ToTwiml_ControlCharacters_AreDroppedNotFatal()
    {
        var twiml = TwilioSmsMapper.ToTwiml(["a\u0001b\u0000c"]);

        XDocument.Parse(twiml).Root!.Element("Message")!.Value.Should().Be("abc");
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
