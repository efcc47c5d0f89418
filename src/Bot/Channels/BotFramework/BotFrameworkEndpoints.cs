using System.Text.Json;
using HeelBot.Bot.Authentication;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using Microsoft.AspNetCore.Http.Features;

namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>POST /api/messages: the Bot Framework Activity protocol, as Azure Bot Service, Teams and SMS call it.</summary>
public static class BotFrameworkEndpoints
{
    /// <summary>Larger bodies are refused before they are read (a chat message is a few KB).</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", PostActivityAsync);
        return app;
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, IBot bot, BufferedTurnAdapter adapter, IChannelAuthenticator authenticator, IHttpClientFactory httpClients, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkEndpoints));
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(ErrorResponse.Of("BadArgument", $"The body is not valid Activity JSON: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (ActivityValidator.Problem(activity) is { } problem)
        {
            return Results.BadRequest(ErrorResponse.Of("BadArgument", problem));
        }

        var identity = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity!, cancellationToken);
        if (identity is null)
        {
            return Results.Json(ErrorResponse.Of("Unauthorized", "The request is not authorized for this bot."), statusCode: StatusCodes.Status401Unauthorized);
        }

        // Built after authentication, for this activity's serviceUrl only: the bot's token goes nowhere else.
        var connector = new ConnectorClient(httpClients.CreateClient(nameof(ConnectorClient)), http.RequestServices.GetService<IChannelTokenProvider>());
        IReadOnlyList<Activity> replies;
        try
        {
            replies = await adapter.ProcessActivityAsync(activity!, bot.OnTurnAsync, connector, cancellationToken);
            if (activity!.ChannelId == HeelBot.Builder.Schema.Channels.Sms)
            {
                replies = SmsChannelReplies.Shape(replies);
            }
        }
        catch (StorageConflictException)
        {
            // The conversation kept changing under us (a burst of parallel messages): nothing was saved or sent.
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(ErrorResponse.Of("Conflict", "The conversation is busy; please retry."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (activity!.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return Results.Json(new ExpectedReplies { Activities = [.. replies] }, BotJson.Options);
        }

        try
        {
            foreach (var reply in replies)
            {
                await connector.SendAsync(reply, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A TaskCanceledException the caller did not ask for is the HttpClient timeout: the channel hung.
            logger.LogError(ex, "Replies for a {ChannelId} turn could not be delivered to the channel.", activity.ChannelId);
            return Results.Json(ErrorResponse.Of("ServiceError", "The replies could not be delivered to the channel."), statusCode: StatusCodes.Status502BadGateway);
        }

        // Invokes need an InvokeResponse; HeelBot answers none, as the SDK does by default.
        return activity.Type == ActivityTypes.Invoke ? Results.StatusCode(StatusCodes.Status501NotImplemented) : Results.Ok();
    }

    private static IResult TooLarge() =>
        Results.Json(ErrorResponse.Of("PayloadTooLarge", $"The activity is larger than {MaxBodyBytes / 1024} KB."), statusCode: StatusCodes.Status413PayloadTooLarge);
}
