using HeelBot.Builder.Core;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Bots;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Dialogs;
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
        services.AddSingleton<MainDialog>();
        services.AddSingleton<IBot, HeelBotActivityHandler>();
        services.AddSingleton(CreateAdapter);
        services.AddHostedService<ConversationWarmup>();
        return services;
    }

    /// <summary>
    /// A failed turn is logged (without what the person wrote) and answered with an apology; its state is not saved.
    /// State the store cannot read (it throws <see cref="InvalidDataException"/>) is deleted, or every later turn
    /// of that conversation would fail the same way.
    /// </summary>
    private static BufferedTurnAdapter CreateAdapter(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<BufferedTurnAdapter>();
        var errorReply = services.GetRequiredService<TurnErrorReply>();
        var conversationState = services.GetRequiredService<ConversationState>();
        return new BufferedTurnAdapter
        {
            OnTurnError = async (turnContext, exception) =>
            {
                logger.LogError(exception, "Turn failed on channel {ChannelId} ({ActivityType}).", turnContext.Activity.ChannelId, turnContext.Activity.Type);
                BufferedTurnAdapter.DiscardReplies(turnContext);
                if (exception is InvalidDataException)
                {
                    await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
                }

                await turnContext.SendActivityAsync(errorReply.For(turnContext)).ConfigureAwait(false);
            },
        };
    }
}
