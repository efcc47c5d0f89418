using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Tests;

public class HeelBotPersonTests
{
    [Fact]
    public void Next_NothingSaidYet_Opens()
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);

        person.Next([]).Text.Should().Be("hej");
    }

    [Theory]
    [InlineData("location", "Under hælen")]
    [InlineData("duration", "3 uger")]
    [InlineData("redflag.infection", "nej")]
    [InlineData("redflag.sign.deformity", "nej")]
    public void Next_Question_AnswersTheSlotAsked(string asks, string expected)
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);
        person.Next([]);

        person.Next([Reply("Hej", asks: null), Reply("?", asks)]).Text.Should().Be(expected);
    }

    [Fact]
    public void Next_ExpectedDisposition_IsDone()
    {
        var person = new HeelBotPerson(ConversationShapes.EnglishSteps);

        var step = person.Next([Reply("You should book", asks: null, disposition: "clinic"), Reply("More?", "booking.offer", "clinic")]);

        step.Outcome.Should().Be("clinic");
        step.Failure.Should().BeNull();
    }

    [Fact]
    public void Next_OtherDisposition_Fails()
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);

        person.Next([Reply("Ring 112", asks: null, disposition: "emergency")]).Failure.Should().Contain("emergency");
    }

    [Fact]
    public void Next_ReplyWithoutTurnEntity_Fails()
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);

        person.Next([new BotReply("Hej", null, HasTurnEntity: false, null, null)]).Failure.Should().Contain("heelbot.turn");
    }

    [Fact]
    public void Next_UnknownSlot_Fails()
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);
        person.Next([]);

        person.Next([Reply("Hvilken klinik?", "booking.clinic")]).Failure.Should().Contain("booking.clinic");
    }

    [Fact]
    public void Next_SameQuestionThreeTimes_Fails()
    {
        var person = new HeelBotPerson(ConversationShapes.DanishSteps);
        person.Next([]);

        person.Next([Reply("?", "timing")]).Text.Should().NotBeNull();
        person.Next([Reply("?", "timing")]).Text.Should().NotBeNull();
        person.Next([Reply("?", "timing")]).Failure.Should().Contain("timing");
    }

    [Fact]
    public void Next_FreeTextShapeAskedBeforeSpeaking_OpensWithItsFacts()
    {
        // Over Direct Line the welcome asks for the location before the person has written anything.
        var person = new HeelBotPerson(ConversationShapes.DanishFreeText);

        person.Next([Reply("Hvor?", "location")]).Text.Should().Be(ConversationShapes.DanishFreeText.Opening);
    }

    private static BotReply Reply(string text, string? asks, string? disposition = null) => new(text, null, HasTurnEntity: true, asks, disposition);
}
