using System.Globalization;
using System.Threading.RateLimiting;
using HeelBot.Builder.Core;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Content;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// POST /api/sms: Twilio's incoming-message webhook, straight from Twilio with no Azure in between. Checks the
/// signature, runs the same bot on channel <c>sms</c> with the hashed phone number as the conversation, and answers
/// in TwiML (or through the REST API). STOP and its synonyms opt the number out; see <see cref="HandleKeywordAsync"/>.
/// </summary>
public static class TwilioSmsEndpoints
{
    public const string Path = "/api/sms";

    /// <summary>A Twilio form is about 1 KB; ten media URLs and every optional field stay far below this.</summary>
    public const long MaxBodyBytes = 32 * 1024;

    private const string TwimlContentType = "text/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapTwilioSms(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<TwilioSmsOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TwilioSmsEndpoints));
        if (!options.Enabled)
        {
            logger.LogInformation("The Twilio SMS webhook {Path} is disabled (Twilio:AuthToken is empty); it answers 404.", Path);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.PublicUrl))
            {
                logger.LogWarning("Twilio:PublicUrl is empty: signatures are checked against the URL the host sees, which fails behind a proxy.");
            }

            if (string.IsNullOrWhiteSpace(options.PhoneHashKey))
            {
                logger.LogWarning("Twilio:PhoneHashKey is empty: phone ids are keyed with the Auth Token, so rotating it starts new conversations.");
            }

            logger.LogInformation("The Twilio SMS webhook {Path} is enabled (replies by {ReplyMode}).", Path, options.ReplyMode);
        }

        app.MapPost(Path, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, IOptions<TwilioSmsOptions> options, TwilioSmsRateLimiter limiter, ILoggerFactory loggers)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Results.NotFound();
        }

        using var addressLease = limiter.AcquireForAddress(http.Connection.RemoteIpAddress);
        if (!addressLease.IsAcquired)
        {
            return TooManyRequests(http, addressLease);
        }

        if (!http.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { ValueCountLimit = 200, KeyLengthLimit = 100, ValueLengthLimit = 8 * 1024 }, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            return Results.BadRequest();
        }

        var url = SignedUrl(settings.PublicUrl, http.Request);
        if (!TwilioSignatureValidator.IsValid(settings.AuthToken, http.Request.Headers[TwilioSignatureValidator.HeaderName], url, form))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (TwilioSmsMapper.Parse(form) is not { } message)
        {
            return Results.BadRequest();
        }

        var phoneId = TwilioSmsMapper.PhoneId(message.From, settings.EffectivePhoneHashKey);
        using var phoneLease = limiter.AcquireForPhone(phoneId);
        if (!phoneLease.IsAcquired)
        {
            return TooManyRequests(http, phoneLease);
        }

        var services = http.RequestServices;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var activity = TwilioSmsMapper.ToActivity(message, phoneId, TwilioSmsMapper.PhoneId(message.To, settings.EffectivePhoneHashKey), timeProvider.GetUtcNow());
        var logger = loggers.CreateLogger(typeof(TwilioSmsEndpoints));
        IReadOnlyList<string> texts;
        try
        {
            texts = await HandleKeywordAsync(message, activity, services, http.RequestAborted)
                ?? await RunTurnAsync(activity, settings, services, http.RequestAborted);
        }
        catch (StorageConflictException)
        {
            // The conversation kept changing under us (a burst of messages at once): nothing was saved or sent.
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (settings.ReplyMode == TwilioReplyMode.Rest && texts.Count > 0)
        {
            var sender = services.GetRequiredService<ITwilioMessageSender>();
            try
            {
                foreach (var text in texts)
                {
                    await sender.SendAsync(new TwilioOutboundMessage(message.AccountSid, message.To, message.From, text), http.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !http.RequestAborted.IsCancellationRequested))
            {
                logger.LogError(ex, "Replies to an SMS could not be sent through the Twilio API.");
                return Results.StatusCode(StatusCodes.Status502BadGateway);
            }

            texts = [];
        }

        return Results.Text(TwilioSmsMapper.ToTwiml(texts), TwimlContentType);
    }

    /// <summary>
    /// The carrier keywords, decided here so they behave the same whatever the dialog is doing. Null: not a keyword
    /// this handler answers, so the bot runs.
    /// <list type="bullet">
    /// <item>STOP (and Twilio's synonyms): the opt-out is recorded and the conversation forgotten, with an empty
    /// answer. Twilio itself confirms the opt-out and blocks anything sent after it, so a goodbye from the bot
    /// would be a second, undeliverable message.</item>
    /// <item>AFMELD (Danish; Twilio knows it only when Advanced Opt-Out is set up with it, and then says so in
    /// <c>OptOutType</c>): the same, but confirmed with the bot's own goodbye, since nobody else confirms it.</item>
    /// <item>START/YES/UNSTOP from an opted-out number: the opt-out is lifted, with an empty answer (Twilio
    /// confirms); the next message starts a new guide. From anyone else they are ordinary answers.</item>
    /// <item>Any other message from an opted-out number: not read, empty answer.</item>
    /// <item>HELP/INFO go to the bot as its help command (see <see cref="TwilioSmsMapper.HelpCommandText"/>).</item>
    /// </list>
    /// </summary>
    private static async Task<IReadOnlyList<string>?> HandleKeywordAsync(TwilioInboundMessage message, Builder.Schema.Activity activity, IServiceProvider services, CancellationToken cancellationToken)
    {
        var optOuts = services.GetRequiredService<TwilioOptOutStore>();
        var phoneId = activity.From!.Id!;
        switch (TwilioSmsMapper.Keyword(message))
        {
            case TwilioKeyword.OptOut:
                var context = new TurnContext(services.GetRequiredService<BufferedTurnAdapter>(), activity);
                await optOuts.OptOutAsync(phoneId, context, cancellationToken).ConfigureAwait(false);
                var confirmedByTwilio = message.OptOutType is not null || !message.Body.Trim().Equals("AFMELD", StringComparison.OrdinalIgnoreCase);
                return confirmedByTwilio ? [] : [SmsText.Plain(services.GetRequiredService<IContentCatalog>().Text("goodbye", "da"))];
            case TwilioKeyword.OptIn when await optOuts.OptInAsync(phoneId, cancellationToken).ConfigureAwait(false):
                return [];
        }

        return await optOuts.IsOptedOutAsync(phoneId, cancellationToken).ConfigureAwait(false) ? [] : null;
    }

    private static async Task<IReadOnlyList<string>> RunTurnAsync(Builder.Schema.Activity activity, TwilioSmsOptions settings, IServiceProvider services, CancellationToken cancellationToken)
    {
        var bot = services.GetRequiredService<IBot>();
        var adapter = services.GetRequiredService<BufferedTurnAdapter>();
        var replies = await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, null, cancellationToken).ConfigureAwait(false);
        return TwilioSmsMapper.ToMessages(replies, settings.EffectiveMessageLength, settings.AllowLinks);
    }

    /// <summary>
    /// The URL Twilio signed: the configured public address (Twilio called that, whatever proxies sit between)
    /// plus this path and the query string exactly as sent; without configuration, the URL the host sees.
    /// </summary>
    private static string SignedUrl(string publicUrl, HttpRequest request)
    {
        var baseUrl = string.IsNullOrWhiteSpace(publicUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : publicUrl.Trim().TrimEnd('/');

        // Operators paste the whole webhook address as often as its base; both mean the same.
        var webhook = baseUrl.EndsWith(Path, StringComparison.OrdinalIgnoreCase) ? baseUrl : baseUrl + Path;
        return webhook + request.QueryString.Value;
    }

    private static IResult TooManyRequests(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
    }
}
