using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.TextAnalytics.Tests.Fakes;

/// <summary>
/// A stand-in for Azure AI Language's <c>POST /language/:analyze-text?api-version=2023-04-01</c>, built from the
/// documented request and response shapes, on a real Kestrel socket on 127.0.0.1. It checks what a real resource
/// checks (api-version, key or bearer token, body shape, the 5,120-text-element document limit, 5 documents per PII
/// request, category names), "recognises" the <see cref="Entities"/> it is given, honours the requested
/// <c>stringIndexType</c>, and can be told to throttle, fail or answer garbage.
/// </summary>
public sealed class FakeLanguageService : IAsyncDisposable
{
    public const string ApiVersion = "2023-04-01";

    /// <summary>The PII categories the service knows that these tests may meet (the documented names).</summary>
    private static readonly HashSet<string> KnownCategories = new(StringComparer.Ordinal)
    {
        "Person", "PersonType", "PhoneNumber", "Organization", "Address", "Email", "URL", "IPAddress", "DateTime", "Age",
        "DKPersonalIdentificationNumber", "DKPersonalIdentificationV2", "All",
    };

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private int _count;

    private FakeLanguageService(WebApplication app, Uri endpoint, X509Certificate2? certificate)
    {
        _app = app;
        Endpoint = endpoint;
        Certificate = certificate;
    }

    /// <summary>The resource endpoint, e.g. https://127.0.0.1:PORT/ (with the trailing slash the portal shows).</summary>
    public Uri Endpoint { get; }

    public X509Certificate2? Certificate { get; }

    public FakeServiceMode Mode { get; set; } = FakeServiceMode.Normal;

    /// <summary>The key the service accepts in Ocp-Apim-Subscription-Key (null: no key accepted).</summary>
    public string? ExpectedKey { get; set; }

    /// <summary>The bearer token the service accepts (null: no token accepted).</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>What PII recognition finds, wherever it occurs in a document.</summary>
    public List<FakeEntity> Entities { get; } = [];

    /// <summary>What language detection answers for a document's text.</summary>
    public Func<string, FakeDetectedLanguage> DetectLanguage { get; set; } = _ => new FakeDetectedLanguage("(Unknown)", "(Unknown)", 0);

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public static async Task<FakeLanguageService> StartAsync(bool https = true)
    {
        var certificate = https ? TestCertificate.Create() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        FakeLanguageService? service = null;
        app.Run(context => service!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        service = new FakeLanguageService(app, new Uri(address.TrimEnd('/') + "/"), certificate);
        return service;
    }

    /// <summary>An Azure.Core transport that trusts this fake's certificate and no other.</summary>
    public HttpPipelineTransport CreateTransport()
    {
        var thumbprint = Certificate?.Thumbprint;
#pragma warning disable CA2000 // The transport owns the handler for the test's lifetime.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.Thumbprint == thumbprint,
        };
#pragma warning restore CA2000
        return new HttpClientTransport(handler);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _count);
        var key = context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString();
        var authorization = context.Request.Headers.Authorization.ToString();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        JsonElement? body = null;
        try
        {
            body = JsonDocument.Parse(raw).RootElement.Clone();
        }
        catch (JsonException)
        {
        }

        var kind = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("kind", out var k) ? k.GetString() : null;
        var (status, json, headers) = Answer(context.Request, number, key, authorization, body);
        _requests.Enqueue(new ReceivedRequest(_clock.Elapsed, kind, body, NullIfEmpty(key), NullIfEmpty(authorization), status));

        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    private (int Status, string Json, IReadOnlyList<(string Name, string Value)> Headers) Answer(HttpRequest request, int number, string key, string authorization, JsonElement? body)
    {
        if (request.Method != HttpMethods.Post || request.Path.Value != "/language/:analyze-text")
        {
            return (404, Error("404", "Resource not found."), []);
        }

        if (request.Query["api-version"] != ApiVersion)
        {
            return (400, Error("InvalidRequest", "The API version is not supported.", "UnsupportedApiVersion"), []);
        }

        var keyAccepted = ExpectedKey is not null && key == ExpectedKey;
        var tokenAccepted = ExpectedToken is not null && authorization == $"Bearer {ExpectedToken}";
        if (Mode == FakeServiceMode.Unauthorized || !(keyAccepted || tokenAccepted))
        {
            return (401, Error("401", "Access denied due to invalid subscription key or wrong API endpoint."), []);
        }

        if (Mode == FakeServiceMode.ThrottleOnce && number == 1)
        {
            return (429, Error("429", "Rate limit is exceeded."), [("Retry-After", "1")]);
        }

        if (Mode == FakeServiceMode.ServerError)
        {
            return (500, Error("InternalServerError", "Internal error."), []);
        }

        if (!(request.ContentType ?? string.Empty).StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (415, Error("InvalidRequest", "Content-Type must be application/json."), []);
        }

        if (body is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("kind", out var kindElement)
            || !root.TryGetProperty("analysisInput", out var input)
            || !input.TryGetProperty("documents", out var documentsElement)
            || documentsElement.ValueKind != JsonValueKind.Array)
        {
            return (400, Error("InvalidRequest", "Invalid request body.", "InvalidRequestBodyFormat"), []);
        }

        var documents = new List<(string Id, string Text, JsonElement Element)>();
        foreach (var document in documentsElement.EnumerateArray())
        {
            if (!document.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !document.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return (400, Error("InvalidRequest", "Every document needs a string id and text.", "InvalidDocument"), []);
            }

            documents.Add((id.GetString()!, text.GetString()!, document));
        }

        if (documents.Count == 0 || documents.Select(d => d.Id).Distinct().Count() != documents.Count)
        {
            return (400, Error("InvalidRequest", "Document ids must be unique and there must be at least one.", "InvalidDocumentBatch"), []);
        }

        var parameters = root.TryGetProperty("parameters", out var p) ? p : default;
        var answer = kindElement.GetString() switch
        {
            "PiiEntityRecognition" => Pii(documents, parameters),
            "LanguageDetection" => Languages(documents),
            _ => (400, Error("InvalidRequest", "Unknown kind.", "InvalidParameterValue")),
        };

        return Mode == FakeServiceMode.MalformedJson && answer.Item1 == 200
            ? (200, "{\"kind\": \"PiiEntityRecognitionResults\", \"results\": {\"documents\": [", [])
            : (answer.Item1, answer.Item2, []);
    }

    private (int, string) Pii(List<(string Id, string Text, JsonElement Element)> documents, JsonElement parameters)
    {
        if (documents.Count > 5)
        {
            return (400, Error("InvalidRequest", "Batch request contains too many records. Max 5 records are permitted.", "InvalidDocumentBatch"));
        }

        var categories = new HashSet<string>(StringComparer.Ordinal);
        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("piiCategories", out var requested))
        {
            foreach (var category in requested.EnumerateArray().Select(c => c.GetString() ?? string.Empty))
            {
                if (!KnownCategories.Contains(category))
                {
                    return (400, Error("InvalidRequest", $"Invalid value for piiCategories: {category}.", "InvalidParameterValue"));
                }

                categories.Add(category);
            }
        }

        var indexType = parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("stringIndexType", out var index) ? index.GetString() : "TextElements_v8";
        if (indexType is not ("TextElements_v8" or "UnicodeCodePoint" or "Utf16CodeUnit"))
        {
            return (400, Error("InvalidRequest", "Invalid stringIndexType.", "InvalidParameterValue"));
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var (id, text, _) in documents)
        {
            if (DocumentError(id, text) is { } error)
            {
                errors.Add(error);
                continue;
            }

            var entities = new JsonArray();
            var redacted = text.ToCharArray();
            var found = Entities
                .Where(e => categories.Count == 0 || categories.Contains("All") || categories.Contains(e.Category))
                .SelectMany(e => Occurrences(text, e.Text).Select(at => (At: at, Entity: e)))
                .OrderBy(f => f.At);
            foreach (var (at, entity) in found)
            {
                var shift = Mode == FakeServiceMode.WrongOffsets ? 2 : 0;
                entities.Add(new JsonObject
                {
                    ["text"] = entity.Text,
                    ["category"] = entity.Category,
                    ["offset"] = Measure(text, 0, at, indexType!) + shift,
                    ["length"] = Measure(text, at, entity.Text.Length, indexType!),
                    ["confidenceScore"] = 0.9,
                });
                Array.Fill(redacted, '*', at, entity.Text.Length);
            }

            results.Add(new JsonObject
            {
                ["redactedText"] = new string(redacted),
                ["id"] = id,
                ["entities"] = entities,
                ["warnings"] = new JsonArray(),
            });
        }

        return (200, Results("PiiEntityRecognitionResults", results, errors, "2023-09-01"));
    }

    private (int, string) Languages(List<(string Id, string Text, JsonElement Element)> documents)
    {
        if (documents.Count > 1000)
        {
            return (400, Error("InvalidRequest", "Batch request contains too many records. Max 1000 records are permitted.", "InvalidDocumentBatch"));
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var (id, text, _) in documents)
        {
            if (DocumentError(id, text) is { } error)
            {
                errors.Add(error);
                continue;
            }

            var language = DetectLanguage(text);
            results.Add(new JsonObject
            {
                ["id"] = id,
                ["detectedLanguage"] = new JsonObject
                {
                    ["name"] = language.Name,
                    ["iso6391Name"] = language.Iso6391Name,
                    ["confidenceScore"] = language.ConfidenceScore,
                },
                ["warnings"] = new JsonArray(),
            });
        }

        return (200, Results("LanguageDetectionResults", results, errors, "2022-10-01"));
    }

    /// <summary>The documented per-document refusals: empty text, or more than 5,120 text elements.</summary>
    private JsonObject? DocumentError(string id, string text)
    {
        string? problem = Mode == FakeServiceMode.DocumentErrors ? "The document could not be processed."
            : string.IsNullOrWhiteSpace(text) ? "Document text is empty."
            : new StringInfo(text).LengthInTextElements > 5120 ? "A document within the request was too large to be processed. Limit document size to: 5120 text elements."
            : null;
        return problem is null
            ? null
            : new JsonObject
            {
                ["id"] = id,
                ["error"] = new JsonObject
                {
                    ["code"] = "InvalidArgument",
                    ["message"] = "Invalid document in request.",
                    ["innererror"] = new JsonObject { ["code"] = "InvalidDocument", ["message"] = problem },
                },
            };
    }

    /// <summary>A length in the unit the client asked for: text elements (the service default), code points or UTF-16 units.</summary>
    private static int Measure(string text, int start, int length, string indexType) => indexType switch
    {
        "Utf16CodeUnit" => length,
        "UnicodeCodePoint" => text.Substring(start, length).EnumerateRunes().Count(),
        _ => new StringInfo(text.Substring(start, length)).LengthInTextElements,
    };

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Results(string kind, JsonArray documents, JsonArray errors, string modelVersion) =>
        new JsonObject
        {
            ["kind"] = kind,
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = errors, ["modelVersion"] = modelVersion },
        }.ToJsonString();

    private static string Error(string code, string message, string? innerCode = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message };
        }

        return new JsonObject { ["error"] = error }.ToJsonString();
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
