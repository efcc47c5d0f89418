using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Tests;

public class ReferencePersonTests
{
    [Theory]
    [InlineData("Hvor sidder smerten? (1) Under hælen", "Under hælen")]
    [InlineData("Hvornår gør det mest ondt?", "Om morgenen")]
    [InlineData("Hvor mange uger har du haft smerterne?", "3")]
    [InlineData("Har du feber, rødme eller hævelse?", "nej")]
    public void Next_ReferenceQuestion_GetsTheScriptedAnswer(string question, string expected)
    {
        new ReferencePerson().Next([new BotReply(question, "expectingInput", false, null, null)]).Text.Should().Be(expected);
    }

    [Fact]
    public void Next_Advice_IsDone()
    {
        var step = new ReferencePerson().Next([new BotReply("Smerter under hælen … Stræk læg og fodsål dagligt.", "acceptingInput", false, null, null)]);

        step.Outcome.Should().Be("advice");
    }

    [Fact]
    public void Next_SomethingElse_Fails()
    {
        new ReferencePerson().Next([new BotReply("Beklager, der skete en fejl.", "acceptingInput", false, null, null)]).Failure.Should().NotBeNull();
    }
}
