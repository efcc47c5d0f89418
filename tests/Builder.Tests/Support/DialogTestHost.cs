using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Support;

/// <summary>
/// Runs a root dialog turn by turn the way the bot host does. Every turn gets a new
/// <see cref="ConversationState"/> and a new dialog tree, as after a process restart: the only thing
/// carried from one turn to the next is the JSON that <see cref="MemoryStorage"/> holds.
/// </summary>
internal sealed class DialogTestHost
{
    public const string DialogStateProperty = "DialogState";

    private readonly Func<Dialog[]> _createDialogs;

    /// <summary>Runs <paramref name="createRoot"/>'s dialog with <see cref="DialogExtensions.RunAsync"/>, as the bot does.</summary>
    public DialogTestHost(Func<Dialog> createRoot, string channelId = Channels.Test, string locale = "da-DK")
        : this(() => [createRoot()], channelId, locale)
    {
    }

    /// <summary>Puts all the dialogs in one <see cref="DialogSet"/> and begins the first when nothing is active.</summary>
    public DialogTestHost(Func<Dialog[]> createDialogs, string channelId = Channels.Test, string locale = "da-DK")
    {
        _createDialogs = createDialogs;
        Adapter = new TestAdapter(TestAdapter.CreateConversation(channelId, locale: locale));
    }

    public MemoryStorage Storage { get; } = new();

    public TestAdapter Adapter { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    public static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };

    /// <summary>A component holding <paramref name="dialogs"/>; the first is the one it begins.</summary>
    public static ComponentDialog Root(params Dialog[] dialogs)
    {
        var root = new ComponentDialog("root");
        foreach (var dialog in dialogs)
        {
            root.AddDialog(dialog);
        }

        return root;
    }

    public TestFlow Flow() => new(Adapter, TurnAsync);

    /// <summary>The dialog stack as stored after the last turn (read fresh from storage).</summary>
    public async Task<DialogState?> StoredDialogStateAsync()
    {
        var state = new ConversationState(Storage);
        return await state.CreateProperty<DialogState>(DialogStateProperty).GetAsync(new TurnContext(Adapter, ConversationActivity()));
    }

    /// <summary>A dialog context over the stored stack, in a new turn of the same conversation, with <paramref name="dialogs"/>.</summary>
    public Task<DialogContext> LoadDialogContextAsync(params Dialog[] dialogs)
    {
        var set = new DialogSet(new ConversationState(Storage).CreateProperty<DialogState>(DialogStateProperty));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return set.CreateContextAsync(new TurnContext(Adapter, ConversationActivity()));
    }

    private Activity ConversationActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Adapter.Conversation.ChannelId,
        Conversation = Adapter.Conversation.Conversation,
        From = Adapter.Conversation.User,
        Recipient = Adapter.Conversation.Bot,
    };

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = new ConversationState(Storage);
        var accessor = state.CreateProperty<DialogState>(DialogStateProperty);
        var dialogs = _createDialogs();
        DialogTurnResult result;
        if (dialogs.Length == 1)
        {
            result = await dialogs[0].RunAsync(turnContext, accessor, cancellationToken);
        }
        else
        {
            var set = new DialogSet(accessor);
            foreach (var dialog in dialogs)
            {
                set.Add(dialog);
            }

            var dc = await set.CreateContextAsync(turnContext, cancellationToken);
            result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(dialogs[0].Id, null, cancellationToken);
            }
        }

        await state.SaveChangesAsync(turnContext, false, cancellationToken);
        Results.Add(result);
    }
}
