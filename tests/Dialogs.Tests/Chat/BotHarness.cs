using System.Text.RegularExpressions;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Bots;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Dialogs;
using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Tests.Booking;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>
/// The real bot, wired as the host wires it, on MemoryStorage and a fixed clock, driven through the
/// same buffered adapter production uses, with the transcript logger and the local text analyzer.
/// </summary>
public sealed class BotHarness
{
    private static readonly Lazy<ContentCatalog> SharedCatalog = new(ContentCatalog.LoadEmbedded);
    private static readonly Lazy<OutOfHoursDirectory> SharedOutOfHours = new(OutOfHoursDirectory.LoadEmbedded);
    private static readonly Lazy<FactExtractor> SharedExtractor = new(FactExtractor.LoadEmbedded);
    private static readonly Lazy<ClinicDirectory> SharedClinics = new(ClinicDirectory.LoadEmbedded);
    private const string BotId = "heelbot";
    private readonly BufferedTurnAdapter _adapter = new();
    private readonly IBot _bot;
    private int _nextId;

    public BotHarness(
        DateTimeOffset clock,
        string channelId = Channels.Webchat,
        string? locale = null,
        IStorage? storage = null,
        string conversationId = "chat-1",
        ITextAnalyzer? analyzer = null,
        IEnumerable<IConversationDataEraser>? erasers = null)
    {
        Clock = new FakeTimeProvider(clock);
        Storage = storage ?? new MemoryStorage();
        ChannelId = channelId;
        Locale = locale;
        ConversationId = conversationId;
        var replies = new Replies(Catalog);
        var understanding = new AnswerUnderstanding();
        Transcripts = new StorageTranscriptStore(Storage);
        Booking = new InMemoryBookingProvider(Clock);
        var clinics = SharedClinics.Value;
        var dialog = new MainDialog(
            replies,
            understanding,
            Clock,
            new TriageDialog(replies, understanding),
            new RedFlagsDialog(replies, understanding, SharedExtractor.Value, Clock),
            new RedFlagCheckDialog(replies, understanding),
            new SeekCareDialog(replies, SharedOutOfHours.Value, Clock),
            new AdviceDialog(replies, understanding),
            new ConsentDialog(replies, understanding, Transcripts, ConsentOptions.Default, Clock),
            new BookingDialog(
                replies,
                understanding,
                Booking,
                clinics,
                new BookingClinicDialog(replies, understanding, clinics),
                new BookingTimeDialog(replies, understanding, Booking, clinics, Clock),
                new BookingContactDialog(replies, understanding)),
            new CancelBookingDialog(replies, understanding, Booking, clinics, Clock));
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        var redactor = new TranscriptRedactor(analyzer ?? new LocalTextAnalyzer());
        _bot = new HeelBotActivityHandler(
            ConversationState,
            UserState,
            dialog,
            understanding,
            new MessageReader(SharedExtractor.Value, Clock),
            replies,
            redactor,
            new ConsentedConversationCopy(Storage),
            erasers ?? [new TranscriptEraser(Transcripts), new BookingDataEraser(Booking)]);
        _adapter.Use(new TranscriptLoggerMiddleware(Transcripts, redactor.FilterAsync, Clock, (_, exception) => TranscriptError = exception));
        var errorReply = new TurnErrorReply(Catalog);
        _adapter.OnTurnError = async (context, exception) =>
        {
            LastError = exception;
            BufferedTurnAdapter.DiscardReplies(context);
            await context.SendActivityAsync(errorReply.For(context)).ConfigureAwait(false);
        };
    }

    public static ContentCatalog Catalog => SharedCatalog.Value;

    public FakeTimeProvider Clock { get; }

    public IStorage Storage { get; }

    public StorageTranscriptStore Transcripts { get; }

    /// <summary>The booking back end the conversation books through (in memory, on the harness's clock).</summary>
    public InMemoryBookingProvider Booking { get; }

    /// <summary>Why the last turn could not be recorded in the transcript, if it could not.</summary>
    public Exception? TranscriptError { get; private set; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public string ChannelId { get; }

    public string? Locale { get; set; }

    public string ConversationId { get; }

    public Exception? LastError { get; private set; }

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", "Patient"), new ChannelAccount(BotId, "HeelBot")],
    });

    /// <summary>
    /// A message from the person. In Teams, an "&lt;at&gt;HeelBot&lt;/at&gt;" in the text comes with the mention entity
    /// Teams sends alongside it, so the bot can strip it as it does in production.
    /// </summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        if (ChannelId == Channels.Msteams && Regex.Match(text, "<at>[^<]*</at>") is { Success: true } mention)
        {
            activity.Entities = [Entity.From("mention", new Mention { Mentioned = new ChannelAccount(BotId, "HeelBot"), Text = mention.Value })];
        }

        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.Id ??= $"a{++_nextId}";
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount(ConversationId);
        activity.From ??= new ChannelAccount("user-1", "Patient", "user");
        activity.Recipient ??= new ChannelAccount(BotId, "HeelBot", "bot");
        activity.ServiceUrl ??= "https://channel.test/";
        activity.Locale ??= Locale;
        activity.Timestamp ??= Clock.GetUtcNow();
        LastError = null;
        TranscriptError = null;
        return await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync).ConfigureAwait(false);
    }

    /// <summary>What the conversation knows, as saved after the last turn (null before the first).</summary>
    public async Task<TriageSession?> SessionAsync()
    {
        var key = $"{ChannelId}/conversations/{ConversationId}";
        return await SessionAsync(key).ConfigureAwait(false);
    }

    /// <summary>The consented copy of the conversation's state (null when the person has not agreed to keep it).</summary>
    public Task<TriageSession?> ConsentedSessionAsync() => SessionAsync(ConsentedConversationCopy.Key(ChannelId, ConversationId));

    private async Task<TriageSession?> SessionAsync(string key)
    {
        var items = await Storage.ReadAsync([key]).ConfigureAwait(false);
        return items.TryGetValue(key, out var stored) && stored is StateDocument document
            && document.State.TryGetValue(nameof(TriageSession), out var session) ? session as TriageSession : null;
    }

    public static TurnEntity? TurnOf(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == TurnEntity.EntityType)?.GetAs<TurnEntity>();
}
