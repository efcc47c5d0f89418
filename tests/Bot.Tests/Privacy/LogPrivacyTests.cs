using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// Privacy: the logs never hold what a person wrote, their phone number, e-mail, CPR number, name or health facts.
/// Whole conversations run against the real host with every category at Trace, then every captured line
/// (message, structured values, scopes and exception text) is searched for each of them in the spellings a
/// log could carry them: as typed, JSON-escaped and URL/form-encoded.
/// </summary>
public sealed class LogPrivacyTests(LogPrivacyApplication app) : IClassFixture<LogPrivacyApplication>
{
    private const string Phone = "+45 12 34 56 78";
    private const string Email = "jens@example.com";
    private const string Cpr = "010190-1234";
    private const string Name = "Jens Hansen";

    /// <summary>The personal data in every spelling a person or a channel would use.</summary>
    private static readonly string[] Personal =
    [
        Phone, "+4512345678", "4512345678", "004512345678", "0045 12 34 56 78", "45 12 34 56 78", "12 34 56 78", "12345678",
        "12-34-56-78", Email, Cpr, "0101901234", Name, "Hansen",
    ];

    /// <summary>The health facts the people below type (red flags and symptoms), in both languages.</summary>
    private static readonly string[] HealthWords =
    [
        "feber", "rød hæl", "hævet", "diabetes", "fever", "swollen", "numb", "under hælen", "under the heel", "om morgenen", "in the morning",
    ];

    private static readonly string[] DanishConversation =
    [
        "Hej, jeg hedder Jens Hansen",
        "Under hælen",
        "Om morgenen, de første skridt",
        "3 uger",
        "Jeg er 42 år",
        "Ja, feber og rød hæl, og den er hævet",
        "Jeg har også diabetes",
        $"Ring på {Phone} eller skriv til {Email}",
        $"Mit CPR-nummer er {Cpr}",
        "Ja tak",
    ];

    private static readonly string[] EnglishConversation =
    [
        "Hi, my name is Jens Hansen",
        "Under the heel",
        "In the morning, the first steps",
        "For about 2 months",
        "I am 42",
        "I have a fever and my heel is red and swollen",
        "My foot feels numb and I have diabetes",
        $"Call me on +4512345678 or mail {Email}",
        "My CPR number is 0101901234",
        "Yes please",
    ];

    [Fact]
    public async Task PostActivity_WholeDanishAndEnglishConversations_LogsHoldNoneOfWhatWasTyped()
    {
        // Arrange
        using var danish = new BotConversation(app.CreateClient(), locale: "da-DK");
        using var english = new BotConversation(app.CreateClient(), locale: "en-US");

        // Act
        foreach (var (conversation, texts) in new[] { (danish, DanishConversation), (english, EnglishConversation) })
        {
            (await conversation.StartAsync()).Should().NotBeEmpty();
            foreach (var text in texts)
            {
                (await conversation.SayAsync(text)).Should().NotBeEmpty("the bot answers \"{0}\"", text);
            }
        }

        // Assert
        AssertVerbose();
        AssertNoLeak([.. DanishConversation, .. EnglishConversation]);
    }

    [Fact]
    public async Task PostActivity_ChannelAnswers500_ErrorIsLoggedWithoutWhatWasTyped()
    {
        // Arrange
        await using var channel = await RecordingChannel.StartAsync();
        channel.StatusCode = 500;
        using var conversation = new BotConversation(app.CreateClient());
        const string text = $"Feber og rød hæl, ring {Phone}, {Email}, {Cpr}, jeg hedder {Name}";
        var message = conversation.Message(text);
        message.DeliveryMode = null;
        message.ServiceUrl = channel.ServiceUrl.ToString();

        // Act
        using var response = await conversation.PostAsync(message);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        channel.Requests.Should().NotBeEmpty();
        app.Logs.Lines.Should().Contain(
            line => line.Level == LogLevel.Error && line.Category.StartsWith("HeelBot", StringComparison.Ordinal),
            "the failed delivery is logged, so this test sees the error path");
        AssertNoLeak([text]);
    }

    [Fact]
    public async Task PostActivity_MalformedBodies_LogsHoldNoneOfTheBody()
    {
        // Arrange
        using var conversation = new BotConversation(app.CreateClient());
        var id = conversation.ConversationId;
        string[] bodies =
        [
            $$"""{"type":"message","channelId":"emulator","conversation":{"id":"{{id}}"},"text":"Feber og rød hæl, ring {{Phone}}""",
            $$"""{"type":"message","channelId":"emulator","conversation":{"id":"{{id}}"},"text":"{{Email}}", "from": {{Cpr}}}""",
            $$"""{"type":"message","channelId":"emulator","conversation":{"id":"{{id}}"},"text":["Jeg hedder {{Name}}"]}""",
            $$"""{"type":"message","channelId":"emulator","conversation":{"id":"{{id}}"},"text":"Jeg har diabetes og feber" "x"}""",
            $$"""{"type":"message","channelId":"emulator","conversation":{"id":"{{id}}"},"serviceUrl":"file:///{{Email}}","text":"feber {{Cpr}}"}""",
        ];

        // Act
        foreach (var body in bodies)
        {
            using var response = await conversation.PostRawAsync(body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the body is refused: {0}", body);
        }

        using var plain = await conversation.PostRawAsync($"Feber og rød hæl, ring {Phone}", "text/plain");
        ((int)plain.StatusCode).Should().BeInRange(400, 499);

        // Assert
        AssertNoLeak([.. bodies, $"Feber og rød hæl, ring {Phone}"]);
    }

    [Fact]
    public async Task PostSms_WholeConversationAndForgedRequest_LogsHoldNoneOfTheTextsOrTheNumber()
    {
        // Arrange
        using var client = app.CreateClient();
        string[] texts = ["Hej, jeg hedder Jens Hansen", "1", "Om morgenen", "3", "Jeg er 42 år", "Ja, feber og rød hæl", $"Skriv til {Email}, CPR {Cpr}"];
        var sequence = 0;

        // Act
        foreach (var text in texts)
        {
            using var response = await PostSmsAsync(client, SmsForm(text, ++sequence), sign: true);
            response.StatusCode.Should().Be(HttpStatusCode.OK, "the webhook answers \"{0}\"", text);
        }

        using var forged = await PostSmsAsync(client, SmsForm($"Feber, ring {Phone}", ++sequence), sign: false);
        forged.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Assert
        AssertVerbose();
        AssertNoLeak([.. texts.Where(t => t.Length > 3), $"Feber, ring {Phone}"]);
    }

    private static List<KeyValuePair<string, string>> SmsForm(string body, int sequence)
    {
        var sid = $"SM{sequence:D32}";
        return
        [
            new("ToCountry", "DK"),
            new("SmsMessageSid", sid),
            new("NumMedia", "0"),
            new("SmsSid", sid),
            new("SmsStatus", "received"),
            new("Body", body),
            new("FromCountry", "DK"),
            new("To", "+4570203040"),
            new("NumSegments", "1"),
            new("MessageSid", sid),
            new("AccountSid", "AC22222222222222222222222222222222"),
            new("From", "+4512345678"),
            new("ApiVersion", "2010-04-01"),
        ];
    }

    private static async Task<HttpResponseMessage> PostSmsAsync(HttpClient client, List<KeyValuePair<string, string>> form, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms") { Content = new FormUrlEncodedContent(form) };
        var signature = sign
            ? TwilioSignatureValidator.Compute(LogPrivacyApplication.TwilioAuthToken, LogPrivacyApplication.TwilioWebhookUrl, form.Select(f => new KeyValuePair<string, StringValues>(f.Key, f.Value)))
            : "bm90IGEgcmVhbCBzaWduYXR1cmU=";
        request.Headers.Add(TwilioSignatureValidator.HeaderName, signature);
        return await client.SendAsync(request);
    }

    /// <summary>The capture really is at Trace for the framework too; otherwise a clean log would prove nothing.</summary>
    private void AssertVerbose()
    {
        var lines = app.Logs.Lines;
        lines.Should().Contain(line => line.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && line.Level <= LogLevel.Debug);
        lines.Should().Contain(line => line.Text.Contains("/api/", StringComparison.Ordinal), "request logs name the path");
    }

    private void AssertNoLeak(IEnumerable<string> typed)
    {
        var needles = typed.Concat(Personal).Concat(HealthWords).SelectMany(Spellings).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var leaks = app.Logs.Lines
            .SelectMany(line => needles.Where(needle => line.Text.Contains(needle, StringComparison.OrdinalIgnoreCase)).Select(needle => $"[{needle}] in {line}"))
            .ToList();
        leaks.Should().BeEmpty("no log line may hold what a person typed or who they are");
    }

    /// <summary>A text as typed, JSON-escaped (both encoders) and URL- and form-encoded.</summary>
    private static IEnumerable<string> Spellings(string text)
    {
        yield return text;
        yield return JsonSerializer.Serialize(text)[1..^1];
        yield return JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[1..^1];
        yield return Uri.EscapeDataString(text);
        yield return WebUtility.UrlEncode(text);
    }
}
