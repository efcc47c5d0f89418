using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using HeelBot.Bot.Channels.BotFramework;
using HeelBot.Bot.Hosting;
using HeelBot.Builder.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0, served by the host itself so the web chat works without Azure. The routes and their answers
/// are those of the Direct Line service (see PROTOCOLS.md §5) that botframework-directlinejs and Web Chat call.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>The <c>domain</c> a client is given: no trailing slash (Kestrel does not route a path starting with //).</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>Larger bodies are refused before they are read (a chat message is a few KB).</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>At most this many activities per ActivitySet; the watermark tells the client where to go on.</summary>
    public const int MaxActivitiesPerSet = 100;

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Protocol-level pings keep idle sockets (and the proxies between) open while the person thinks.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });

        var directLine = app.MapGroup(BasePath);
        directLine.AddEndpointFilter(AnswerStorageOutageAsync);
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshTokenAsync);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", Upload);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        return app;
    }

    /// <summary>
    /// A token for a new conversation. Callers present a secret; the host's own page, which has none, may ask without
    /// one when the browser shows the request comes from this host (<see cref="DirectLineOptions.PageTokens"/>).
    /// </summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineAuthenticator authenticator, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        var caller = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted);
        var pageCaller = caller.Kind == DirectLineCallerKind.Anonymous && options.Value.PageTokens && RequestOrigin.IsSameOrigin(http.Request);
        if (caller.Kind != DirectLineCallerKind.Secret && !pageCaller)
        {
            return caller.Kind == DirectLineCallerKind.Token
                ? Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs a secret, not a token.")
                : Refuse(caller);
        }

        var (parameters, problem) = await ReadJsonAsync<DirectLineStartParameters>(http);
        if (problem is not null)
        {
            return problem;
        }

        // A page cannot choose who it is: only a secret holder (a trusted server) may name the user.
        var user = caller.Kind == DirectLineCallerKind.Secret ? parameters?.User : null;
        var issued = await tokens.IssueAsync(NewConversationId(), UserIdOrNew(user?.Id), Clean(user?.Name, 100), http.RequestAborted);
        return Json(new DirectLineConversationResponse(issued.Claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>A fresh token for the same conversation and user, valid for another full lifetime.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineAuthenticator authenticator, DirectLineTokenService tokens)
    {
        var caller = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted);
        if (caller.Kind == DirectLineCallerKind.Secret)
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "Only a token can be refreshed.");
        }

        if (caller is not { Kind: DirectLineCallerKind.Token, Claims: { } claims })
        {
            return Refuse(caller);
        }

        var issued = await tokens.IssueAsync(claims.ConversationId, claims.UserId, claims.UserName, http.RequestAborted);
        return Json(new DirectLineConversationResponse(claims.ConversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>
    /// Starts the token's conversation (or, with a secret, a new one): 201 and the bot's welcome is already queued.
    /// A conversation that was started before answers 200, as the Direct Line service does.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineAuthenticator authenticator, DirectLineTokenService tokens, DirectLineStore store, DirectLineTurnRunner runner, TimeProvider timeProvider, ILoggerFactory loggers)
    {
        var caller = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted);
        if (caller.Kind is DirectLineCallerKind.Anonymous or DirectLineCallerKind.Rejected)
        {
            return Refuse(caller);
        }

        var (parameters, problem) = await ReadJsonAsync<DirectLineStartParameters>(http);
        if (problem is not null)
        {
            return problem;
        }

        var claims = caller.Claims;
        var conversation = new DirectLineConversationDocument
        {
            ConversationId = claims?.ConversationId ?? NewConversationId(),
            UserId = claims?.UserId ?? UserIdOrNew(parameters?.User?.Id),
            UserName = claims is null ? Clean(parameters?.User?.Name, 100) : claims.UserName,
            Locale = CleanLocale(parameters?.Locale),
            ChannelId = IsWebChat(http.Request) ? HeelBot.Builder.Schema.Channels.Webchat : HeelBot.Builder.Schema.Channels.Directline,
            CreatedAt = timeProvider.GetUtcNow(),
        };

        var created = await store.TryCreateAsync(conversation, http.RequestAborted);
        if (created)
        {
            try
            {
                // Not cancelled with the request: once the conversation exists its welcome must be queued.
                await runner.StartAsync(conversation, ServiceUrl(http.Request), CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The conversation is usable without a welcome; the person's first message still reaches the bot.
                loggers.CreateLogger(typeof(DirectLineEndpoints)).LogError(ex, "The bot failed to welcome Direct Line conversation {ConversationId}.", conversation.ConversationId);
            }
        }
        else
        {
            conversation = await store.GetAsync(conversation.ConversationId, http.RequestAborted) ?? conversation;
        }

        var issued = await tokens.IssueAsync(conversation.ConversationId, conversation.UserId, conversation.UserName, http.RequestAborted);
        var body = new DirectLineConversationResponse(conversation.ConversationId, issued.Token, issued.ExpiresIn, StreamUrl(http.Request, conversation.ConversationId, issued.Token, watermark: null));
        return Json(body, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a new token and a streamUrl that replays everything after the client's watermark.</summary>
    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineAuthenticator authenticator, DirectLineTokenService tokens, DirectLineStore store)
    {
        var (_, conversation, refusal) = await AuthorizeAsync(http, conversationId, authenticator, store);
        if (conversation is null)
        {
            return refusal!;
        }

        var issued = await tokens.IssueAsync(conversation.ConversationId, conversation.UserId, conversation.UserName, http.RequestAborted);
        var resumeFrom = string.IsNullOrEmpty(watermark) ? null : DirectLineStore.Watermark(DirectLineStore.ParseWatermark(watermark));
        return Json(new DirectLineConversationResponse(conversationId, issued.Token, issued.ExpiresIn, StreamUrl(http.Request, conversationId, issued.Token, resumeFrom)));
    }

    /// <summary>
    /// The person sends an activity: it is stored with a server id and echoed on the stream (Web Chat counts a send
    /// as done only when the echo carries its clientActivityID), then the bot answers. 200 {"id"} once it has.
    /// </summary>
    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineAuthenticator authenticator, DirectLineStore store, DirectLineTurnRunner runner, ILoggerFactory loggers)
    {
        var (caller, conversation, refusal) = await AuthorizeAsync(http, conversationId, authenticator, store);
        if (conversation is null)
        {
            return refusal!;
        }

        var (activity, problem) = await ReadJsonAsync<Activity>(http);
        if (problem is not null)
        {
            return problem;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an Activity with a 'type'.");
        }

        if (ActivityValidator.ContentProblem(activity) is { } contentProblem)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", contentProblem);
        }

        // Typing is not stored or echoed, and HeelBot has nothing to say to it.
        if (activity.Type == ActivityTypes.Typing)
        {
            return Json(new ResourceResponse(null));
        }

        Address(activity, conversation, caller, runner.BotAccount(), ServiceUrl(http.Request));

        // From here on the request's cancellation is ignored: a stored message must get its answer stored too.
        var echo = await runner.AcceptAsync(conversation, activity, CancellationToken.None);
        try
        {
            await runner.RespondAsync(conversation, echo, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !StorageOutage.IsOutage(ex))
        {
            loggers.CreateLogger(typeof(DirectLineEndpoints)).LogError(ex, "The bot failed on an activity of Direct Line conversation {ConversationId}.", conversationId);
            return Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not answer this activity.");
        }

        return Json(new ResourceResponse(echo.Id));
    }

    /// <summary>Polling: the activities after the watermark (DirectLineJS starts with an empty one).</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineAuthenticator authenticator, DirectLineStore store)
    {
        var (_, conversation, refusal) = await AuthorizeAsync(http, conversationId, authenticator, store);
        if (conversation is null)
        {
            return refusal!;
        }

        var set = await store.ReadAsync(conversationId, DirectLineStore.ParseWatermark(watermark), MaxActivitiesPerSet, http.RequestAborted);
        return set is null ? NotFound(conversationId) : Json(set);
    }

    /// <summary>Attachments are not taken: HeelBot reads text, and the page hides the upload button.</summary>
    private static IResult Upload() =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", "This bot does not accept attachments; please describe it in words.");

    /// <summary>
    /// The queues live in the bot's store: while it is unreachable (after its retries) every route answers 503 with a
    /// Retry-After and a short error body, never a stack trace; Web Chat offers to send again.
    /// </summary>
    private static async ValueTask<object?> AnswerStorageOutageAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (StorageOutage.IsOutage(ex) && !context.HttpContext.Response.HasStarted)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpoints))
                .LogError("Direct Line request failed: the store is unreachable ({Error}).", StorageOutage.Describe(ex));
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable right now; please try again shortly.");
        }
    }

    /// <summary>The caller's conversation, or the answer that refuses it (401 no credential, 403 wrong one, 404 unknown).</summary>
    private static async Task<(DirectLineCaller Caller, DirectLineConversationDocument? Conversation, IResult? Refusal)> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineAuthenticator authenticator, DirectLineStore store)
    {
        var caller = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted);
        return await AuthorizeAsync(caller, conversationId, store, http.RequestAborted);
    }

    internal static async Task<(DirectLineCaller Caller, DirectLineConversationDocument? Conversation, IResult? Refusal)> AuthorizeAsync(
        DirectLineCaller caller, string conversationId, DirectLineStore store, CancellationToken cancellationToken)
    {
        if (!caller.MayAccess(conversationId))
        {
            return (caller, null, caller.Kind == DirectLineCallerKind.Token ? ForeignConversation() : Refuse(caller));
        }

        var conversation = await store.GetAsync(conversationId, cancellationToken);
        return conversation is null ? (caller, null, NotFound(conversationId)) : (caller, conversation, null);
    }

    internal static IResult Refuse(DirectLineCaller caller) => caller.Kind == DirectLineCallerKind.Anonymous
        ? Error(StatusCodes.Status401Unauthorized, "Unauthorized", caller.Problem ?? "Unauthorized.")
        : Error(StatusCodes.Status403Forbidden, caller.Problem?.Contains("expired", StringComparison.Ordinal) == true ? "TokenExpired" : "Forbidden", caller.Problem ?? "Forbidden.");

    internal static IResult ForeignConversation() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The token belongs to another conversation.");

    internal static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist or has ended.");

    internal static IResult Error(int status, string code, string message) => Results.Json(ErrorResponse.Of(code, message), statusCode: status);

    /// <summary>The host's own base URL: the serviceUrl the bot sees for Direct Line conversations.</summary>
    internal static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    internal static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is null ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }

    private static void Address(Activity activity, DirectLineConversationDocument conversation, DirectLineCaller caller, ChannelAccount bot, string serviceUrl)
    {
        // The channel owns these fields; what the client sent for them is replaced.
        activity.Id = null;
        activity.Timestamp = null;
        activity.CallerId = null;
        activity.DeliveryMode = null;
        activity.ReplyToId = null;
        activity.ChannelId = conversation.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversation.ConversationId);
        activity.Recipient = bot;

        // A token speaks for its user only; a secret holder may name the sender.
        var name = Clean(activity.From?.Name, 100) ?? conversation.UserName;
        var id = caller.Kind == DirectLineCallerKind.Secret && IsValidUserId(activity.From?.Id) ? activity.From!.Id! : conversation.UserId;
        activity.From = new ChannelAccount(id, name, "user");
    }

    private static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpContext http)
        where T : class
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            if (buffer.Length == 0)
            {
                return (null, null);
            }

            buffer.Position = 0;
            return (await JsonSerializer.DeserializeAsync<T>(buffer, BotJson.Options, http.RequestAborted), null);
        }
        catch (JsonException ex)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not valid JSON for this request: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    private static IResult TooLarge() =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {MaxBodyBytes / 1024} KB.");

    private static IResult Json<T>(T body, int status = StatusCodes.Status200OK) => Results.Json(body, BotJson.Options, statusCode: status);

    /// <summary>Web Chat's DirectLineJS names itself in x-ms-bot-agent ("… WebChat/4.18.1 (Full)").</summary>
    private static bool IsWebChat(HttpRequest request) =>
        request.Headers["x-ms-bot-agent"].ToString().Contains("WebChat/", StringComparison.OrdinalIgnoreCase);

    private static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>User ids of Direct Line tokens are conventionally "dl_…"; Web Chat then trusts the token's user.</summary>
    private static string UserIdOrNew(string? requested) =>
        IsValidUserId(requested) ? requested! : $"dl_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12))}";

    private static bool IsValidUserId(string? id) =>
        id is { Length: > 0 and <= 128 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '@');

    private static string? Clean(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl) ? null : trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed;
    }

    private static string? CleanLocale(string? locale) =>
        locale is { Length: > 0 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : null;
}
