using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Fuzz.Tests.Support;
using Microsoft.Extensions.Primitives;
using Xunit.Abstractions;

namespace HeelBot.Fuzz.Tests.Fuzzing;

/// <summary>
/// Hostile Twilio webhook forms through POST /api/sms, most of them correctly signed so they reach the bot: never a
/// 5xx, and a phone number they never name keeps its conversation as it was.
/// </summary>
public sealed class SmsFuzzTests(ITestOutputHelper output)
{
    public static readonly int InputCount = int.TryParse(Environment.GetEnvironmentVariable("HEELBOT_FUZZ_SMS"), out var n) ? n : 15_000;

    private const string ProtectedNumber = "+4511223344";

    private static readonly string[] Numbers = ["+4520000001", "+4520000002", "+4520000003", "", "+", "not-a-number", "+45 20 00 00 04"];

    [Fact]
    public async Task Webhook_HostileForms_NeverFailAndLeaveOtherConversationsAlone()
    {
        using var app = new FuzzApplication();
        using var client = app.CreateClient();
        foreach (var text in new[] { "hej", "jeg har ondt i hælen" })
        {
            using var response = await SendAsync(client, Signed(Form(ProtectedNumber, text)));
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var key = $"sms/conversations/{TwilioSmsMapper.PhoneId(ProtectedNumber, FuzzApplication.PhoneHashKey)}";
        var before = await StateSnapshot.TakeAsync(app.Storage, key);
        before[key].Should().NotBe("(absent)", "the protected conversation has state to compare");

        var watch = Stopwatch.StartNew();
        var failures = await FuzzRunner.RunAsync(FuzzRunner.Seed, InputCount, Generate, request => SendAsync(client, request));
        output.WriteLine($"/api/sms: {InputCount} inputs, seed {FuzzRunner.Seed}, {watch.Elapsed.TotalSeconds:F1} s");

        failures.Should().BeEmpty("no input may make the host fail (replay with HEELBOT_FUZZ_SEED={0})", FuzzRunner.Seed);
        (await StateSnapshot.TakeAsync(app.Storage, key)).Should().Equal(before, "no fuzz input came from the protected number");
        using var after = await SendAsync(client, Signed(Form("+4520009999", "jeg har ondt i hælen")));
        var twiml = await after.Content.ReadAsStringAsync();
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        twiml.Should().Contain("<Message>", "the host still answers a normal conversation");
    }

    private static HostileRequest Generate(Random random)
    {
        if (random.Next(25) == 0)
        {
            var bytes = new byte[random.Next(0, random.Next(8) == 0 ? 40_000 : 500)];
            random.NextBytes(bytes);
            return new HostileRequest(TwilioSmsEndpoints.Path, new HostileBody(bytes, "application/x-www-form-urlencoded"), Signature: Convert.ToBase64String(bytes[..Math.Min(20, bytes.Length)]));
        }

        var from = random.Next(8) == 0 ? HostileText.String(random) : Numbers[random.Next(Numbers.Length)];
        var form = Form(from, HostileText.String(random));
        for (var i = 0; i < form.Count; i++)
        {
            if (random.Next(15) == 0)
            {
                form[i] = new(form[i].Key, HostileText.String(random));
            }
        }

        if (random.Next(5) == 0)
        {
            var media = random.Next(3) == 0 ? HostileText.String(random) : random.Next(-2, 15).ToString(CultureInfo.InvariantCulture);
            form.Add(new("NumMedia", media));
            for (var i = 0; i < random.Next(0, 14); i++)
            {
                form.Add(new($"MediaUrl{i}", random.Next(2) == 0 ? $"https://api.twilio.com/media/ME{i}" : HostileText.String(random)));
                form.Add(new($"MediaContentType{i}", random.Next(2) == 0 ? "image/jpeg" : HostileText.String(random)));
            }
        }

        for (var i = random.Next(4) == 0 ? random.Next(1, 30) : 0; i > 0; i--)
        {
            form.Add(new(HostileText.String(random), HostileText.String(random)));
        }

        // Never the protected number, whatever the generator drew.
        form.RemoveAll(field => field.Key == "From" && Normal(field.Value).Contains("11223344", StringComparison.Ordinal));
        return random.Next(10) switch
        {
            0 => Signed(form) with { Signature = random.Next(2) == 0 ? null : "AAAA" + random.Next() },
            _ => Signed(form),
        };
    }

    private static List<KeyValuePair<string, string>> Form(string from, string body) =>
    [
        new("ToCountry", "DK"),
        new("SmsMessageSid", "SM00000000000000000000000000000001"),
        new("NumMedia", "0"),
        new("SmsStatus", "received"),
        new("Body", body),
        new("FromCountry", "DK"),
        new("To", "+4570203040"),
        new("MessageSid", "SM00000000000000000000000000000001"),
        new("AccountSid", "AC11111111111111111111111111111111"),
        new("From", from),
        new("ApiVersion", "2010-04-01"),
    ];

    /// <summary>
    /// Form-encoded as Twilio does, and signed over what the host will decode: lone surrogates cannot travel in
    /// UTF-8, so they are replaced first as the encoding would.
    /// </summary>
    private static HostileRequest Signed(List<KeyValuePair<string, string>> form)
    {
        var fields = form.Select(f => new KeyValuePair<string, string>(Normal(f.Key), Normal(f.Value))).ToList();
        var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        var signature = TwilioSignatureValidator.Compute(
            FuzzApplication.AuthToken,
            FuzzApplication.WebhookUrl,
            fields.GroupBy(f => f.Key).Select(g => new KeyValuePair<string, StringValues>(g.Key, g.Select(f => f.Value).ToArray())));
        return new HostileRequest(TwilioSmsEndpoints.Path, new HostileBody(Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded"), Signature: signature);
    }

    private static string Normal(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hostile.Path)
        {
            Content = new ByteArrayContent(hostile.Body.Bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(hostile.Body.ContentType);
        if (hostile.Signature is not null)
        {
            request.Headers.TryAddWithoutValidation(TwilioSignatureValidator.HeaderName, hostile.Signature);
        }

        return await client.SendAsync(request);
    }
}
