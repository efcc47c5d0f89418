using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Testing;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.Core;

public class ActivityHandlerTests
{
    [Fact]
    public async Task OnTurn_Message_CallsOnMessageOnly()
    {
        var bot = new RecordingHandler();

        await new TestAdapter().SendTextToBotAsync("hej", bot.OnTurnAsync);

        bot.Calls.Should().Equal("message:hej");
    }

    [Fact]
    public async Task OnTurn_ConversationUpdateWithBotAndUser_GreetsOnlyTheUser()
    {
        var adapter = new TestAdapter();
        var bot = new RecordingHandler();

        await adapter.ProcessActivityAsync(adapter.MakeConversationUpdate(), bot.OnTurnAsync);

        bot.Calls.Should().Equal("membersAdded:user-1");
    }

    [Fact]
    public async Task OnTurn_ConversationUpdateAddingOnlyTheBot_DoesNotCallOnMembersAdded()
    {
        var adapter = new TestAdapter();
        var bot = new RecordingHandler();

        await adapter.ProcessActivityAsync(adapter.MakeConversationUpdate(adapter.Conversation.Bot!), bot.OnTurnAsync);

        bot.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task OnTurn_RecordedTeamsInstall_GreetsTheUserNotTheBot()
    {
        var installed = RecordedFiles.ReadActivity("teams-bot-installed.json");
        var bot = new RecordingHandler();

        await new TestAdapter(Channels.Msteams).ProcessActivityAsync(installed, bot.OnTurnAsync);

        bot.Calls.Should().Equal("membersAdded:29:1Xq4dVhNfz0c8oQ2u3Rk7LmBw9sYtE5aP6gJiH1-KvUzWn3xCy8bD0eF2rT4sG6hJ");
    }

    [Fact]
    public async Task OnTurn_MembersRemoved_CallsOnMembersRemovedWithoutTheBot()
    {
        var adapter = new TestAdapter();
        var bot = new RecordingHandler();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersRemoved = [new ChannelAccount("user-2"), adapter.Conversation.Bot!],
        };

        await adapter.ProcessActivityAsync(update, bot.OnTurnAsync);

        bot.Calls.Should().Equal("membersRemoved:user-2");
    }

    [Theory]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData(ActivityTypes.Invoke, "invoke")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData(ActivityTypes.InstallationUpdate, "installationUpdate")]
    public async Task OnTurn_OtherKnownTypes_DispatchToTheirHandler(string type, string expected)
    {
        var bot = new RecordingHandler();

        await new TestAdapter().ProcessActivityAsync(new Activity { Type = type }, bot.OnTurnAsync);

        bot.Calls.Should().Equal(expected);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("somethingNewFromTeams")]
    public async Task OnTurn_UnknownType_IsIgnoredQuietly(string type)
    {
        var adapter = new TestAdapter();
        var bot = new RecordingHandler();

        await adapter.ProcessActivityAsync(new Activity { Type = type }, bot.OnTurnAsync);

        bot.Calls.Should().Equal("unrecognized:" + type);
        adapter.PendingReplyCount.Should().Be(0);
    }

    [Fact]
    public async Task OnTurn_DefaultHandlers_DoNothingForAnyType()
    {
        var adapter = new TestAdapter();
        var bot = new ActivityHandler();

        foreach (var type in new[] { ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event, "unknown" })
        {
            await adapter.ProcessActivityAsync(new Activity { Type = type, Text = "hej" }, bot.OnTurnAsync);
        }

        adapter.PendingReplyCount.Should().Be(0);
    }

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("message:" + turnContext.Activity.Text);

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersAdded:" + string.Join(",", membersAdded.Select(m => m.Id)));

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersRemoved:" + string.Join(",", membersRemoved.Select(m => m.Id)));

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event");

        protected override Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("invoke");

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("endOfConversation");

        protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installationUpdate");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("unrecognized:" + turnContext.Activity.Type);

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
