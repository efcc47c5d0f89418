namespace HeelBot.Builder.Core;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
