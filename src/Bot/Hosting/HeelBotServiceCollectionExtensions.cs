using HeelBot.Bot.Privacy;
using HeelBot.Builder.Core;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Bots;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Dialogs;
using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Bot.Hosting;

public static class HeelBotServiceCollectionExtensions
{
    /// <summary>The conversation: content, understanding, dialogs and the bot, plus the adapter that runs turns.</summary>
    public static IServiceCollection AddHeelBotConversation(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IContentCatalog>(_ => ContentCatalog.LoadEmbedded());
        services.AddSingleton(_ => OutOfHoursDirectory.LoadEmbedded());
        services.AddSingleton(_ => FactExtractor.LoadEmbedded());
        services.AddSingleton<Replies>();
        services.AddSingleton<AnswerUnderstanding>();
        services.AddSingleton<MessageReader>();
        services.AddSingleton<TurnErrorReply>();
        services.AddSingleton<TriageDialog>();
        services.AddSingleton<RedFlagsDialog>();
        services.AddSingleton<RedFlagCheckDialog>();
        services.AddSingleton<SeekCareDialog>();
        services.AddSingleton<AdviceDialog>();
        services.AddSingleton<ConsentDialog>();
        AddBookingDialogs(services);
        services.AddSingleton<MainDialog>();
        AddPrivacy(services);
        services.AddSingleton<IBot, HeelBotActivityHandler>();
        services.AddSingleton(sp =>
        {
            var adapter = CreateAdapter(sp);
            adapter.Use(CreateTranscriptLogger(sp));
            return adapter;
        });
        services.AddHostedService<ConversationWarmup>();
        return services;
    }

    /// <summary>
    /// Consent, redacted transcripts and "slet mine data". The consent question promises the kept-transcript age the
    /// retention job deletes by. The text analyzer is the one the host registers (<c>TextAnalytics:Provider</c>), or
    /// the local one when none is. The erasers run in this order and the reply lists what each deleted; booking adds
    /// its own here (<c>services.AddSingleton&lt;IConversationDataEraser, …&gt;()</c>).
    /// </summary>
    private static void AddPrivacy(IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetService<RetentionOptions>() is { } retention ? new ConsentOptions(retention.TranscriptAge) : ConsentOptions.Default);
        services.AddSingleton<ITranscriptStore>(sp => new StorageTranscriptStore(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new TranscriptRedactor(sp.GetService<ITextAnalyzer>() ?? new LocalTextAnalyzer()));
        services.AddSingleton<ConsentedConversationCopy>();
        services.AddSingleton<IConversationDataEraser, TranscriptEraser>();
        services.AddSingleton<IConversationDataEraser, DirectLineHistoryEraser>();
        services.AddSingleton<IConversationDataEraser, BookingDataEraser>();
    }

    /// <summary>
    /// The booking conversation and "aflys min tid". The <see cref="IBookingProvider"/> they book through comes from
    /// <c>AddBooking</c> (HeelBot.Bot.Booking), which Program.cs calls beside this.
    /// </summary>
    private static void AddBookingDialogs(IServiceCollection services)
    {
        services.AddSingleton(_ => ClinicDirectory.LoadEmbedded());
        services.AddSingleton<BookingClinicDialog>();
        services.AddSingleton<BookingTimeDialog>();
        services.AddSingleton<BookingContactDialog>();
        services.AddSingleton<BookingDialog>();
        services.AddSingleton<CancelBookingDialog>();
    }

    /// <summary>
    /// Every completed turn goes through the transcript logger, which records only what the redactor passes on (see
    /// <see cref="TranscriptRedactor"/>). A turn it could not record is logged by channel and error type only: the
    /// error may quote what the person wrote.
    /// </summary>
    private static TranscriptLoggerMiddleware CreateTranscriptLogger(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<TranscriptLoggerMiddleware>();
        var redactor = services.GetRequiredService<TranscriptRedactor>();
        return new TranscriptLoggerMiddleware(
            services.GetRequiredService<ITranscriptStore>(),
            redactor.FilterAsync,
            services.GetRequiredService<TimeProvider>(),
            (turnContext, exception) => logger.LogWarning(
                "Transcript: a turn on channel {ChannelId} was not recorded ({Error}{Inner}).",
                turnContext.Activity.ChannelId,
                exception.GetType().Name,
                exception.InnerException is { } inner ? $" from {inner.GetType().Name}" : string.Empty));
    }

    /// <summary>
    /// A failed turn is logged (without what the person wrote) and answered with an apology; its state is not saved.
    /// A store that stays unreachable through its retries gets its own apology (the person's answers so far are safe;
    /// send the last one again later), logged without a stack trace per turn. State the store cannot read (it throws
    /// <see cref="InvalidDataException"/>) is deleted, or every later turn of that conversation would fail the same way.
    /// The adapter keeps a ledger of processed activity ids in the conversation state, so a channel's retry of an
    /// activity whose replies it never got is answered with those replies rather than run as a second turn.
    /// </summary>
    private static BufferedTurnAdapter CreateAdapter(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<BufferedTurnAdapter>();
        var errorReply = services.GetRequiredService<TurnErrorReply>();
        var conversationState = services.GetRequiredService<ConversationState>();
        return new BufferedTurnAdapter(conversationState)
        {
            OnTurnError = async (turnContext, exception) =>
            {
                BufferedTurnAdapter.DiscardReplies(turnContext);
                if (StorageOutage.IsOutage(exception))
                {
                    logger.LogError("Turn failed on channel {ChannelId} ({ActivityType}): the state store is unreachable ({Error}).", turnContext.Activity.ChannelId, turnContext.Activity.Type, StorageOutage.Describe(exception));
                    await turnContext.SendActivityAsync(errorReply.ForUnavailableStorage(turnContext)).ConfigureAwait(false);
                    return;
                }

                logger.LogError(exception, "Turn failed on channel {ChannelId} ({ActivityType}).", turnContext.Activity.ChannelId, turnContext.Activity.Type);
                if (exception is InvalidDataException)
                {
                    await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
                }

                await turnContext.SendActivityAsync(errorReply.For(turnContext)).ConfigureAwait(false);
            },
        };
    }
}
