namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>The script format and the runner: a script that states something untrue about the bot must fail.</summary>
public sealed class ChatRunnerTests
{
    [Fact]
    public void Parse_KeyWithTextAndForbiddenText_ReadsAllThree()
    {
        var script = ChatScript.Parse("t", "user: hej\nbot: @outcome.urgent \"1813\" !\"knapperne\" | disposition=urgent");

        var expected = script.Turns.Single().Expected.Single();

        expected.Key.Should().Be("outcome.urgent");
        expected.Literal.Should().Be("1813");
        expected.Forbidden.Should().Equal("knapperne");
        expected.Attributes.Should().ContainKey("disposition").WhoseValue.Should().Be("urgent");
    }

    [Fact]
    public void Parse_HeaderWithClock_SetsClockAndChannel()
    {
        var script = ChatScript.Parse("t", "language: en        channel: sms        clock: 2027-01-15T09:00:00+01:00\nuser: hi");

        script.Channel.Should().Be("sms");
        script.Language.Should().Be("en");
        script.Clock.Should().Be(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task RunAsync_ForbiddenTextInReply_Fails()
    {
        var script = ChatScript.Parse("t", "language: da\nuser: <join>\nbot: @welcome !\"HeelBot\"\nbot: ...");

        var run = () => ChatRunner.RunAsync(script);

        await run.Should().ThrowAsync<ChatScriptException>().WithMessage("*without \"HeelBot\"*");
    }

    [Fact]
    public async Task RunAsync_WrongTurnEntity_Fails()
    {
        var script = ChatScript.Parse("t", "language: da\nuser: <join>\nbot: @welcome\nbot: @privacy\nbot: @ask.location | asks=timing");

        var run = () => ChatRunner.RunAsync(script);

        await run.Should().ThrowAsync<ChatScriptException>().WithMessage("*expected asks=timing but got asks=location*");
    }

    [Fact]
    public async Task RunAsync_RepliesNotInScript_Fails()
    {
        var script = ChatScript.Parse("t", "language: da\nuser: <join>\nbot: @welcome");

        var run = () => ChatRunner.RunAsync(script);

        await run.Should().ThrowAsync<ChatScriptException>().WithMessage("*more replies than the script expects*");
    }

    [Fact]
    public void Parse_StoreLine_ReadsStatusConsentAndTexts()
    {
        var script = ChatScript.Parse("t", "user: hej\nbot: ...\nstore: transcript=kept consent=yes \"[navn]\" !\"Jens\"");

        var stored = script.Turns.Single().Stored.Single();

        stored.Attributes.Should().Contain("transcript", "kept").And.Contain("consent", "yes");
        stored.Contains.Should().Equal("[navn]");
        stored.Forbidden.Should().Equal("Jens");
    }

    [Fact]
    public void Parse_StoreLineWithUnknownCheck_Throws()
    {
        var parse = () => ChatScript.Parse("t", "user: hej\nbot: ...\nstore: transcripts=kept");

        parse.Should().Throw<FormatException>().WithMessage("*transcripts=kept*");
    }

    [Fact]
    public async Task RunAsync_WrongStoredTranscript_Fails()
    {
        var script = ChatScript.Parse("t", "language: da\nuser: <join>\nbot: ...\nstore: transcript=kept");

        var run = () => ChatRunner.RunAsync(script);

        await run.Should().ThrowAsync<ChatScriptException>().WithMessage("*expected stored transcript=kept but it is pending*");
    }

    [Fact]
    public async Task RunAsync_StoredTranscriptHoldsForbiddenText_Fails()
    {
        var script = ChatScript.Parse("t", "language: da\nuser: ondt under hælen\nbot: ...\nstore: !\"hælen\"");

        var run = () => ChatRunner.RunAsync(script);

        await run.Should().ThrowAsync<ChatScriptException>().WithMessage("*without \"hælen\"*");
    }
}
