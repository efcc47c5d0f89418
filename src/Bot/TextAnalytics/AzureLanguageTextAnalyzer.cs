using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using HeelBot.Bot.TextAnalytics.Wire;
using HeelBot.Dialogs.Privacy;
using HeelBot.Recognizers;

namespace HeelBot.Bot.TextAnalytics;

/// <summary>
/// Language detection and PII redaction by Azure AI Language's analyze-text REST API (version 2023-04-01), on an
/// Azure.Core pipeline: a key in <c>Ocp-Apim-Subscription-Key</c> (<see cref="SubscriptionKeyPolicy"/>) or an Entra ID token for Cognitive Services, and
/// Azure.Core's retries for throttling and server errors. When the service still fails, or answers with something
/// that cannot be read, the local analyzer answers that call and a warning says why (never what the text was).
/// </summary>
public sealed class AzureLanguageTextAnalyzer : ITextAnalyzer
{
    public const string ApiVersion = "2023-04-01";

    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The service's limit for one document in a synchronous request, in text elements.</summary>
    public const int MaximumDocumentLength = 5120;

    /// <summary>The service's limit of documents in one PII request.</summary>
    public const int MaximumPiiDocumentsPerRequest = 5;

    /// <summary>The categories asked for: the ones a transcript must not keep, and no others (no ages, dates or addresses).</summary>
    private static readonly IReadOnlyList<string> RequestedCategories = ["Person", "PhoneNumber", "Email", "DKPersonalIdentificationNumber"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Uri _endpoint;
    private readonly HttpPipeline _pipeline;
    private readonly ITextAnalyzer _local;
    private readonly ILogger<AzureLanguageTextAnalyzer> _logger;
    private readonly AzureLanguageClientOptions _options;

    /// <summary>An analyzer that authenticates with the Language resource's key.</summary>
    public AzureLanguageTextAnalyzer(Uri endpoint, AzureKeyCredential key, ITextAnalyzer local, ILogger<AzureLanguageTextAnalyzer> logger, AzureLanguageClientOptions? options = null)
        : this(endpoint, new SubscriptionKeyPolicy(key ?? throw new ArgumentNullException(nameof(key)), KeyHeader), local, logger, options)
    {
    }

    /// <summary>An analyzer that authenticates with Entra ID tokens for Cognitive Services (managed identity, developer sign-in).</summary>
    public AzureLanguageTextAnalyzer(Uri endpoint, TokenCredential credential, ITextAnalyzer local, ILogger<AzureLanguageTextAnalyzer> logger, AzureLanguageClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), TokenScope), local, logger, options)
    {
    }

    private AzureLanguageTextAnalyzer(Uri endpoint, HttpPipelinePolicy authentication, ITextAnalyzer local, ILogger<AzureLanguageTextAnalyzer> logger, AzureLanguageClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(logger);
        _endpoint = endpoint;
        _local = local;
        _logger = logger;
        _options = options ?? new AzureLanguageClientOptions();

        // Authentication runs per retry, so a token that expires between attempts is renewed.
        _pipeline = HttpPipelineBuilder.Build(_options, perCallPolicies: [], perRetryPolicies: [authentication], new ResponseClassifier());
    }

    public async Task<string?> DetectLanguageAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // The opening of a long text tells its language as well as the whole would.
        var chunk = TextChunker.Split(text, MaximumDocumentLength)[0];
        var request = new AnalyzeTextRequest<LanguageInput, LanguageDetectionTaskParameters>(
            "LanguageDetection",
            new AnalysisInput<LanguageInput>([new LanguageInput("0", text.Substring(chunk.Start, chunk.Length), NullIfEmpty(_options.CountryHint))]),
            new LanguageDetectionTaskParameters(_options.ModelVersion, LoggingOptOut: true));

        var response = await SendAsync<LanguageDocumentResult, LanguageInput, LanguageDetectionTaskParameters>("language detection", request, cancellationToken).ConfigureAwait(false);
        var detected = response?.Documents?.SingleOrDefault(d => d.Id == "0")?.DetectedLanguage;
        if (detected is null)
        {
            if (response is not null)
            {
                _logger.LogWarning("Azure AI Language language detection returned no language ({Errors} document errors); the local analyzer answered instead.", response.Errors?.Count ?? 0);
            }

            return await _local.DetectLanguageAsync(text, cancellationToken).ConfigureAwait(false);
        }

        // Only Danish and English are languages the bot speaks; for anything else (Norwegian for a short Danish
        // message, "(Unknown)" for "ok") or an unsure answer, the word evidence of the local detector decides.
        var language = detected.Iso6391Name?.Trim().ToLowerInvariant();
        if (language is Culture.Danish or Culture.English && detected.ConfidenceScore >= _options.MinimumLanguageConfidence)
        {
            return language;
        }

        return await _local.DetectLanguageAsync(text, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RedactedText> RedactAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RedactedText(text, []);
        }

        var serviceLanguage = Culture.Normalize(language);
        var chunks = TextChunker.Split(text, MaximumDocumentLength);
        var matches = new List<PiiMatch>();
        foreach (var batch in chunks.Chunk(MaximumPiiDocumentsPerRequest))
        {
            var found = await RedactBatchAsync(text, batch, serviceLanguage, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return await _local.RedactAsync(text, language, cancellationToken).ConfigureAwait(false);
            }

            matches.AddRange(found);
        }

        if (_options.AlsoApplyLocalRules)
        {
            var local = await _local.RedactAsync(text, language, cancellationToken).ConfigureAwait(false);
            matches.AddRange(local.Matches);
        }

        return PiiRedactor.Apply(text, matches, language);
    }

    /// <summary>
    /// The personal data in one request's worth of chunks, with offsets in the whole text; null when the service
    /// failed or answered with something unreadable. A chunk the service refused is redacted by the local rules.
    /// </summary>
    private async Task<List<PiiMatch>?> RedactBatchAsync(string text, TextChunk[] batch, string language, CancellationToken cancellationToken)
    {
        var documents = batch.Select((chunk, i) => new MultiLanguageInput(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(chunk.Start, chunk.Length), language)).ToList();
        var request = new AnalyzeTextRequest<MultiLanguageInput, PiiTaskParameters>(
            "PiiEntityRecognition",
            new AnalysisInput<MultiLanguageInput>(documents),
            new PiiTaskParameters(_options.ModelVersion, "none", RequestedCategories, "Utf16CodeUnit", LoggingOptOut: true));

        var response = await SendAsync<PiiDocumentResult, MultiLanguageInput, PiiTaskParameters>("PII recognition", request, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        var matches = new List<PiiMatch>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in response.Documents ?? [])
        {
            if (!int.TryParse(document.Id, System.Globalization.CultureInfo.InvariantCulture, out var index) || index < 0 || index >= batch.Length || !answered.Add(document.Id))
            {
                return Unreadable("PII recognition", "a document id that was not sent");
            }

            var chunk = batch[index];
            foreach (var entity in document.Entities ?? [])
            {
                if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > chunk.Length
                    || (entity.Text is not null && string.CompareOrdinal(text, chunk.Start + entity.Offset, entity.Text, 0, entity.Length) != 0))
                {
                    // Offsets that do not point at the entity's text would redact the wrong words: trust none of them.
                    return Unreadable("PII recognition", "an entity whose offset does not match its text");
                }

                if (ToCategory(entity.Category) is { } category)
                {
                    matches.Add(new PiiMatch(category, chunk.Start + entity.Offset, entity.Length));
                }
            }
        }

        foreach (var error in response.Errors ?? [])
        {
            if (!int.TryParse(error.Id, System.Globalization.CultureInfo.InvariantCulture, out var index) || index < 0 || index >= batch.Length || !answered.Add(error.Id))
            {
                return Unreadable("PII recognition", "an error for a document that was not sent");
            }

            _logger.LogWarning(
                "Azure AI Language refused one document ({ErrorCode}/{InnerErrorCode}); the local rules redacted that part.",
                error.Error?.Code,
                error.Error?.Innererror?.Code);
            var chunk = batch[index];
            var local = await _local.RedactAsync(text.Substring(chunk.Start, chunk.Length), language, cancellationToken).ConfigureAwait(false);
            matches.AddRange(local.Matches.Select(m => m with { Offset = m.Offset + chunk.Start }));
        }

        return answered.Count == batch.Length ? matches : Unreadable("PII recognition", "no result for a document that was sent");
    }

    /// <summary>Sends one analyze-text request; null (with a warning) when it failed after retries or could not be read.</summary>
    private async Task<AnalyzeTextResults<TResult>?> SendAsync<TResult, TDocument, TParameters>(
        string operation,
        AnalyzeTextRequest<TDocument, TParameters> body,
        CancellationToken cancellationToken)
    {
        try
        {
            using var message = _pipeline.CreateMessage();
            var request = message.Request;
            request.Method = RequestMethod.Post;
            request.Uri.Reset(_endpoint);
            request.Uri.AppendPath("/language/:analyze-text", escape: false);
            request.Uri.AppendQuery("api-version", ApiVersion);
            request.Headers.Add(HttpHeader.Common.JsonContentType);
            request.Headers.Add(HttpHeader.Names.Accept, "application/json");
            request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, Json));

            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var response = message.Response;
            if (response.IsError)
            {
                _logger.LogWarning(
                    "Azure AI Language {Operation} failed with HTTP {Status} ({ErrorCode}); the local analyzer answered instead.",
                    operation,
                    response.Status,
                    ReadErrorCode(response));
                return null;
            }

            var parsed = JsonSerializer.Deserialize<AnalyzeTextResponse<TResult>>(response.Content.ToMemory().Span, Json);
            return parsed?.Results ?? Unreadable<AnalyzeTextResults<TResult>>(operation, "no results");
        }
        catch (JsonException)
        {
            return Unreadable<AnalyzeTextResults<TResult>>(operation, "malformed JSON");
        }
        catch (RequestFailedException ex)
        {
            // Thrown when no response came (connection refused, timeouts) after Azure.Core's retries.
            _logger.LogWarning("Azure AI Language {Operation} could not be reached ({Status} {ErrorCode}); the local analyzer answered instead.", operation, ex.Status, ex.ErrorCode);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A credential that cannot get a token, a network timeout: the type says which, the message may say more than it should.
            _logger.LogWarning("Azure AI Language {Operation} failed ({ExceptionType}); the local analyzer answered instead.", operation, ex.GetType().Name);
            return null;
        }
    }

    private List<PiiMatch>? Unreadable(string operation, string what) => Unreadable<List<PiiMatch>>(operation, what);

    private T? Unreadable<T>(string operation, string what)
        where T : class
    {
        _logger.LogWarning("Azure AI Language {Operation} answered with {Problem}; the local analyzer answered instead.", operation, what);
        return null;
    }

    /// <summary>The error code of a failed response (<c>{"error": {"code": ...}}</c>), or null; never its message, which may quote the request.</summary>
    private static string? ReadErrorCode(Response response)
    {
        try
        {
            var error = JsonSerializer.Deserialize<ErrorResponse>(response.Content.ToMemory().Span, Json);
            return error?.Error?.Innererror?.Code ?? error?.Error?.Code;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PiiCategory? ToCategory(string? category) => category switch
    {
        "Person" => PiiCategory.PersonName,
        "PhoneNumber" => PiiCategory.PhoneNumber,
        "Email" => PiiCategory.Email,
        "DKPersonalIdentificationNumber" or "DKPersonalIdentificationV2" => PiiCategory.CprNumber,
        _ => null,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
