using System.Text.Json;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.Choices;

public class ChoiceFactoryTests
{
    private static readonly List<Choice> Sides = [new("left", "Venstre"), new("right", "Højre"), new("both", "Begge")];

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Test)]
    public void ForChannel_WebChatLike_RendersImBackSuggestedActions(string channelId)
    {
        var activity = ChoiceFactory.ForChannel(channelId, Sides, "Hvilken fod?");

        activity.Text.Should().Be("Hvilken fod?");
        activity.InputHint.Should().Be(InputHints.ExpectingInput);
        activity.Attachments.Should().BeNull();
        activity.SuggestedActions!.Actions.Should().SatisfyRespectively(
            a => Button(a, "Venstre"),
            a => Button(a, "Højre"),
            a => Button(a, "Begge"));
    }

    [Fact]
    public void ForChannel_Teams_RendersAHeroCardWithImBackButtonsAndTheQuestionAsText()
    {
        var activity = ChoiceFactory.ForChannel(Channels.Msteams, Sides, "Hvilken fod?");

        activity.Text.Should().Be("Hvilken fod?");
        activity.SuggestedActions.Should().BeNull();
        var attachment = activity.Attachments.Should().ContainSingle().Subject;
        attachment.ContentType.Should().Be(HeroCard.ContentType);
        var card = attachment.Content!.Value.Deserialize<HeroCard>(BotJson.Options)!;
        card.Text.Should().BeNull("the question is the message text, not repeated on the card");
        card.Buttons!.Should().SatisfyRespectively(
            a => Button(a, "Venstre"),
            a => Button(a, "Højre"),
            a => Button(a, "Begge"));
    }

    [Fact]
    public void ForChannel_TeamsWithMoreButtonsThanACardShows_FallsBackToNumberedLines()
    {
        var many = Enumerable.Range(1, 7).Select(i => new Choice($"c{i}", $"Valg {i}")).ToList();

        var activity = ChoiceFactory.ForChannel(Channels.Msteams, many, "Vælg");

        activity.Attachments.Should().BeNull();
        activity.Text.Should().StartWith("Vælg\n1. Valg 1\n").And.EndWith("7. Valg 7");
    }

    [Fact]
    public void ForChannel_Sms_RendersNumberedLinesWithoutButtons()
    {
        var activity = ChoiceFactory.ForChannel(Channels.Sms, Sides, "Hvilken fod?");

        activity.Text.Should().Be("Hvilken fod?\n1. Venstre\n2. Højre\n3. Begge");
        activity.Attachments.Should().BeNull();
        activity.SuggestedActions.Should().BeNull();
    }

    [Fact]
    public void ForChannel_UnknownChannelWithFewChoices_UsesAHeroCard()
    {
        ChoiceFactory.StyleFor("slack", 3).Should().Be(ListStyle.HeroCard);
        ChoiceFactory.StyleFor("slack", 4).Should().Be(ListStyle.List);
    }

    [Fact]
    public void List_NoQuestion_StartsWithTheFirstLine()
    {
        ChoiceFactory.List(Sides).Text.Should().Be("1. Venstre\n2. Højre\n3. Begge");
    }

    [Fact]
    public void Inline_Choices_NumbersThemOnOneLine()
    {
        ChoiceFactory.Inline(Sides, "Fod?").Text.Should().Be("Fod? (1) Venstre, (2) Højre, (3) Begge");
    }

    [Fact]
    public void ForChannel_StyleNone_SendsOnlyTheQuestion()
    {
        var activity = ChoiceFactory.ForChannel(Channels.Webchat, Sides, "Fod?", ListStyle.None);

        activity.Text.Should().Be("Fod?");
        activity.SuggestedActions.Should().BeNull();
        activity.Attachments.Should().BeNull();
    }

    [Fact]
    public void ToActions_ChoiceWithItsOwnAction_UsesIt()
    {
        var call = new CardAction(ActionTypes.OpenUrl, "Ring 112", JsonSerializer.SerializeToElement("tel:112"));

        var actions = ChoiceFactory.ToActions([new Choice("call") { Action = call }, new Choice("wait")]);

        actions[0].Should().BeSameAs(call);
        Button(actions[1], "wait");
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Msteams)]
    [InlineData(Channels.Sms)]
    public async Task ChoicePrompt_OnEachChannel_RendersAsTheChannelCanShowIt(string channelId)
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Hvilken fod?"), Choices = Sides };
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), options, channelId);

        await host.Flow()
            .Send("hej").AssertReply(a =>
            {
                a.InputHint.Should().Be(InputHints.AcceptingInput, "the prompt activity's own hint is kept");
                switch (channelId)
                {
                    case Channels.Webchat:
                        a.Text.Should().Be("Hvilken fod?");
                        a.SuggestedActions!.Actions.Should().HaveCount(3).And.OnlyContain(x => x.Type == ActionTypes.ImBack);
                        a.Attachments.Should().BeNull();
                        break;
                    case Channels.Msteams:
                        a.Text.Should().Be("Hvilken fod?");
                        a.SuggestedActions.Should().BeNull();
                        a.Attachments.Should().ContainSingle().Which.ContentType.Should().Be(HeroCard.ContentType);
                        break;
                    default:
                        a.Text.Should().Be("Hvilken fod?\n1. Venstre\n2. Højre\n3. Begge");
                        a.SuggestedActions.Should().BeNull();
                        a.Attachments.Should().BeNull();
                        break;
                }
            })
            .Send("Højre").AssertReply("result: right#1")
            .StartTestAsync();
    }

    private static void Button(CardAction action, string title)
    {
        action.Type.Should().Be(ActionTypes.ImBack);
        action.Title.Should().Be(title);
        action.Value!.Value.GetString().Should().Be(title, "imBack sends the title back as the user's message");
    }
}
