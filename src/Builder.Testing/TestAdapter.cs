using System.Globalization;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Testing;

/// <summary>
/// Runs turns in-process, playing the channel: it addresses each incoming activity from
/// <see cref="Conversation"/>, gives it an id and a timestamp from <see cref="TimeProvider"/>, runs the
/// middleware and the bot, and queues the bot's replies for the test to read in order. Updates and
/// deletes are recorded (and applied to replies still queued).
/// </summary>
public class TestAdapter : BotAdapter
{
    public const string DefaultConversationId = "conversation-1";
    public const string DefaultServiceUrl = "https://test.heelbot.local/";

    private readonly Lock _lock = new();
    private readonly List<Activity> _replies = [];
    private readonly List<Activity> _transcript = [];
    private readonly List<Activity> _updated = [];
    private readonly List<ConversationReference> _deleted = [];
    private long _nextId;

    /// <summary>A conversation on <paramref name="channelId"/> with the default user, bot and locale (da-DK).</summary>
    public TestAdapter(string channelId = Channels.Test, TimeProvider? timeProvider = null)
        : this(CreateConversation(channelId), timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
        TimeProvider = timeProvider ?? new FakeTimeProvider();
    }

    /// <summary>Who talks to whom, where: stamped onto every incoming activity that does not say otherwise.</summary>
    public ConversationReference Conversation { get; }

    public TimeProvider TimeProvider { get; }

    public string? Locale
    {
        get => Conversation.Locale;
        set => Conversation.Locale = value;
    }

    /// <summary>Replies sent and not yet read by <see cref="GetNextReply"/>.</summary>
    public int PendingReplyCount
    {
        get
        {
            lock (_lock)
            {
                return _replies.Count;
            }
        }
    }

    /// <summary>Everything exchanged so far, incoming and outgoing, in order.</summary>
    public IReadOnlyList<Activity> Transcript => Snapshot(_transcript);

    public IReadOnlyList<Activity> UpdatedActivities => Snapshot(_updated);

    public IReadOnlyList<ConversationReference> DeletedActivities => Snapshot(_deleted);

    /// <summary>A conversation reference to start a <see cref="TestAdapter"/> from; every part can be chosen.</summary>
    public static ConversationReference CreateConversation(
        string channelId = Channels.Test,
        string conversationId = DefaultConversationId,
        string userId = "user-1",
        string userName = "User",
        string botId = "heelbot",
        string botName = "HeelBot",
        string locale = "da-DK") => new()
        {
            ChannelId = channelId,
            ServiceUrl = DefaultServiceUrl,
            Conversation = new ConversationAccount(conversationId),
            User = new ChannelAccount(userId, userName, "user"),
            Bot = new ChannelAccount(botId, botName, "bot"),
            Locale = locale,
        };

    /// <summary>Chainable <see cref="BotAdapter.Use"/>.</summary>
    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>A message from the conversation's user (addressing is completed when it is processed).</summary>
    public Activity MakeActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A conversationUpdate adding <paramref name="membersAdded"/> (default: the bot and the user, as Direct Line sends it).</summary>
    public Activity MakeConversationUpdate(params ChannelAccount[] membersAdded) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = membersAdded.Length > 0 ? [.. membersAdded] : [Copy(Conversation.Bot)!, Copy(Conversation.User)!],
    };

    /// <summary>Addresses <paramref name="activity"/> (a copy; the argument is not changed) and runs a turn with it.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var incoming = Stamp(activity.Clone());
        lock (_lock)
        {
            _transcript.Add(incoming);
        }

        var context = new TurnContext(this, incoming);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The oldest reply not yet read, or null when the bot has said nothing more.</summary>
    public Activity? GetNextReply()
    {
        lock (_lock)
        {
            if (_replies.Count == 0)
            {
                return null;
            }

            var reply = _replies[0];
            _replies.RemoveAt(0);
            return reply;
        }
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        lock (_lock)
        {
            for (var i = 0; i < activities.Length; i++)
            {
                // As a channel would: the sent activity gets an id and a timestamp.
                var reply = activities[i].Clone();
                reply.Id ??= NextId();
                reply.Timestamp ??= TimeProvider.GetUtcNow();
                _replies.Add(reply);
                _transcript.Add(reply);
                responses[i] = new ResourceResponse(reply.Id);
            }
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var updated = activity.Clone();
        lock (_lock)
        {
            _updated.Add(updated);
            var queued = _replies.FindIndex(r => r.Id is not null && r.Id == updated.Id);
            if (queued >= 0)
            {
                _replies[queued] = updated;
            }
        }

        return Task.FromResult<ResourceResponse?>(new ResourceResponse(updated.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_lock)
        {
            _deleted.Add(reference);
            _replies.RemoveAll(r => r.Id is not null && r.Id == reference.ActivityId);
        }

        return Task.CompletedTask;
    }

    private static ChannelAccount? Copy(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount(account.Id ?? string.Empty, account.Name, account.Role) { AadObjectId = account.AadObjectId };

    private Activity Stamp(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation is { } conversation
            ? new ConversationAccount(conversation.Id ?? DefaultConversationId)
            {
                Name = conversation.Name,
                IsGroup = conversation.IsGroup,
                ConversationType = conversation.ConversationType,
                TenantId = conversation.TenantId,
            }
            : null;
        activity.From ??= Copy(Conversation.User);
        activity.Recipient ??= Copy(Conversation.Bot);
        activity.Locale ??= Conversation.Locale;
        activity.Id ??= NextId();
        activity.Timestamp ??= TimeProvider.GetUtcNow();
        activity.LocalTimestamp ??= TimeProvider.GetLocalNow();
        return activity;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<T> Snapshot<T>(List<T> items)
    {
        lock (_lock)
        {
            return [.. items];
        }
    }
}
