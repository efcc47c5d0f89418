using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Identity;
using HeelBot.Bot.TextAnalytics;
using HeelBot.Dialogs.Privacy;
using HeelBot.Tests.Shared;
using HeelBot.TextAnalytics.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Moq;

namespace HeelBot.TextAnalytics.Tests.AzureLanguage;

public sealed class AzureLanguageTextAnalyzerTests : IAsyncLifetime, IDisposable
{
    private const string Key = "test-key-0123456789";
    private const string Token = "test-bearer-token";

    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private FakeLanguageService _fake = null!;

    public AzureLanguageTextAnalyzerTests()
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public async Task InitializeAsync() => _fake = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task RedactAsync_KeyCredential_SendsTheKeyAndTheDocumentedBody()
    {
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        _fake.Entities.Add(new FakeEntity("Ole", "Person"));
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("Mette og Ole har ondt i hælen", "da");

        redacted.Text.Should().Be("[navn] og [navn] har ondt i hælen");
        var request = _fake.Requests.Should().ContainSingle().Subject;
        request.Status.Should().Be(200);
        request.SubscriptionKey.Should().Be(Key);
        request.Authorization.Should().BeNull();
        request.Kind.Should().Be("PiiEntityRecognition");
        var body = request.Body!.Value;
        var document = body.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().Should().ContainSingle().Subject;
        document.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
        document.GetProperty("language").GetString().Should().Be("da");
        document.GetProperty("text").GetString().Should().Be("Mette og Ole har ondt i hælen");
        var parameters = body.GetProperty("parameters");
        parameters.GetProperty("piiCategories").EnumerateArray().Select(c => c.GetString())
            .Should().BeEquivalentTo("Person", "PhoneNumber", "Email", "DKPersonalIdentificationNumber");
        parameters.GetProperty("stringIndexType").GetString().Should().Be("Utf16CodeUnit");
        parameters.GetProperty("modelVersion").GetString().Should().Be("latest");
        parameters.GetProperty("loggingOptOut").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task RedactAsync_TokenCredential_SendsABearerTokenForCognitiveServices()
    {
        _fake.ExpectedToken = Token;
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var credential = new Mock<TokenCredential>();
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken(Token, TimeProvider.System.GetUtcNow().AddHours(1)));
        var analyzer = new AzureLanguageTextAnalyzer(_fake.Endpoint, credential.Object, new LocalTextAnalyzer(), Logger(), ClientOptions());

        var redacted = await analyzer.RedactAsync("Mette har ondt", "da");

        redacted.Text.Should().Be("[navn] har ondt");
        var request = _fake.Requests.Should().ContainSingle().Subject;
        request.Authorization.Should().Be($"Bearer {Token}");
        request.SubscriptionKey.Should().BeNull();
        credential.Verify(
            c => c.GetTokenAsync(It.Is<TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { "https://cognitiveservices.azure.com/.default" })), It.IsAny<CancellationToken>()),
            Times.AtLeastOnce());
    }

    [Fact]
    public async Task RedactAsync_CredentialCannotGetAToken_FallsBackToLocal()
    {
        _fake.ExpectedToken = Token;
        var credential = new Mock<TokenCredential>();
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CredentialUnavailableException("no identity here"));
        var analyzer = new AzureLanguageTextAnalyzer(_fake.Endpoint, credential.Object, new LocalTextAnalyzer(), Logger(), ClientOptions());

        var redacted = await analyzer.RedactAsync("Jeg hedder Mette", "da");

        redacted.Text.Should().Be("Jeg hedder [navn]");
        _fake.Requests.Should().BeEmpty();
        Warnings().Should().ContainSingle().Which.Should().Contain("CredentialUnavailableException");
    }

    [Fact]
    public async Task RedactAsync_WrongKey_FallsBackToLocalAtOnceAndLogsWithoutTheText()
    {
        const string text = "Jeg hedder Mette Hansen, ring 23456789";
        _fake.ExpectedKey = "another-key";
        var analyzer = new AzureLanguageTextAnalyzer(_fake.Endpoint, new AzureKeyCredential(Key), new LocalTextAnalyzer(), Logger(), ClientOptions());

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Should().BeEquivalentTo(await new LocalTextAnalyzer().RedactAsync(text, "da"));
        _fake.Requests.Should().ContainSingle("401 is not transient, so it is not retried").Which.Status.Should().Be(401);
        var warning = Warnings().Should().ContainSingle().Subject;
        warning.Should().Contain("401");
        AllLogText().Should().NotContain("Mette").And.NotContain("23456789").And.NotContain(Key);
    }

    [Fact]
    public async Task RedactAsync_ThrottledOnce_WaitsForRetryAfterThenUsesTheService()
    {
        _fake.Mode = FakeServiceMode.ThrottleOnce;
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("Mette har ondt", "da");

        redacted.Text.Should().Be("[navn] har ondt", "the second attempt was answered by the service");
        var requests = _fake.Requests;
        requests.Select(r => r.Status).Should().Equal(429, 200);
        (requests[1].At - requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "Retry-After: 1 asks for a second, and the client's own delay is 10 ms");
        Warnings().Should().BeEmpty();
    }

    [Fact]
    public async Task RedactAsync_PersistentServerError_RetriesThenFallsBackToLocal()
    {
        const string text = "Jeg hedder Mette og har ondt";
        _fake.Mode = FakeServiceMode.ServerError;
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Text.Should().Be("Jeg hedder [navn] og har ondt");
        _fake.Requests.Should().HaveCount(3, "one attempt and two retries").And.OnlyContain(r => r.Status == 500);
        Warnings().Should().ContainSingle().Which.Should().Contain("500").And.Contain("InternalServerError");
        AllLogText().Should().NotContain("Mette");
    }

    [Fact]
    public async Task RedactAsync_MalformedJson_FallsBackToLocal()
    {
        _fake.Mode = FakeServiceMode.MalformedJson;
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("Jeg hedder Mette og har ondt", "da");

        redacted.Text.Should().Be("Jeg hedder [navn] og har ondt");
        Warnings().Should().ContainSingle().Which.Should().Contain("malformed JSON");
    }

    [Fact]
    public async Task RedactAsync_OffsetsThatMissTheirText_FallBackToLocal()
    {
        _fake.Mode = FakeServiceMode.WrongOffsets;
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("Jeg hedder Mette og har ondt", "da");

        redacted.Text.Should().Be("Jeg hedder [navn] og har ondt");
        Warnings().Should().ContainSingle().Which.Should().Contain("offset");
    }

    [Fact]
    public async Task RedactAsync_DocumentRefused_RedactsThatDocumentWithTheLocalRules()
    {
        _fake.Mode = FakeServiceMode.DocumentErrors;
        var analyzer = CreateWithKey(o => o.AlsoApplyLocalRules = false);

        var redacted = await analyzer.RedactAsync("Jeg hedder Mette, ring 23456789", "da");

        redacted.Text.Should().Be("Jeg hedder [navn], ring [telefon]");
        Warnings().Should().ContainSingle().Which.Should().Contain("InvalidDocument");
    }

    [Fact]
    public async Task RedactAsync_EveryCategory_MapsToOurCategoriesAndTokens()
    {
        const string text = "Ole ringer fra 70 20 30 40 og skriver til ole@x.dk, cpr 010190-1234";
        _fake.Entities.Add(new FakeEntity("Ole", "Person"));
        _fake.Entities.Add(new FakeEntity("70 20 30 40", "PhoneNumber"));
        _fake.Entities.Add(new FakeEntity("ole@x.dk", "Email"));
        _fake.Entities.Add(new FakeEntity("010190-1234", "DKPersonalIdentificationNumber"));
        _fake.Entities.Add(new FakeEntity("ringer", "PersonType"));
        var analyzer = CreateWithKey(o => o.AlsoApplyLocalRules = false);

        var redacted = await analyzer.RedactAsync(text, "en");

        redacted.Text.Should().Be("[name] ringer fra [phone] og skriver til [email], cpr [cpr]");
        redacted.Matches.Select(m => (m.Category, text.Substring(m.Offset, m.Length))).Should().Equal(
            (PiiCategory.PersonName, "Ole"),
            (PiiCategory.PhoneNumber, "70 20 30 40"),
            (PiiCategory.Email, "ole@x.dk"),
            (PiiCategory.CprNumber, "010190-1234"));
    }

    [Fact]
    public async Task RedactAsync_EmojiBeforeTheName_MapsOffsetsInUtf16()
    {
        // 👍🏽 is one text element but four UTF-16 code units: offsets in the service's default unit would be off by three.
        const string text = "👍🏽👍🏽 Hej! Mette skriver fra Århus";
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey(o => o.AlsoApplyLocalRules = false);

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Text.Should().Be("👍🏽👍🏽 Hej! [navn] skriver fra Århus");
        redacted.Matches.Should().ContainSingle().Which.Offset.Should().Be(text.IndexOf("Mette", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedactAsync_ServiceMissesADanishPhoneNumber_TheLocalRulesStillRedactIt()
    {
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("Mette kan nås på 23 45 67 89", "da");

        redacted.Text.Should().Be("[navn] kan nås på [telefon]");
    }

    [Fact]
    public async Task RedactAsync_TextLongerThanOneDocument_IsSplitWithinTheLimitAndMappedBack()
    {
        var text = LongText(12_000, "Mette", out var expected);
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey(o => o.AlsoApplyLocalRules = false);

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Text.Should().Be(expected);
        var request = _fake.Requests.Should().ContainSingle().Subject;
        request.DocumentTexts.Should().HaveCount(3);
        request.DocumentTexts.Should().OnlyContain(d => new StringInfo(d).LengthInTextElements <= 5120);
        string.Concat(request.DocumentTexts).Should().Be(text, "the documents are the text cut in pieces, nothing lost or repeated");
        Warnings().Should().BeEmpty();
    }

    [Fact]
    public async Task RedactAsync_TextOfMoreThanFiveDocuments_UsesSeveralRequestsOfAtMostFive()
    {
        var text = LongText(32_000, "Mette", out var expected);
        _fake.Entities.Add(new FakeEntity("Mette", "Person"));
        var analyzer = CreateWithKey(o => o.AlsoApplyLocalRules = false);

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Text.Should().Be(expected);
        _fake.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Status == 200 && r.DocumentTexts.Count <= 5);
        string.Concat(_fake.Requests.SelectMany(r => r.DocumentTexts)).Should().Be(text);
    }

    [Fact]
    public async Task RedactAsync_LongTextWithoutSpaces_IsCutBetweenTextElements()
    {
        var text = string.Concat(Enumerable.Repeat("👍🏽", 3000));
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync(text, "da");

        redacted.Text.Should().Be(text);
        var documents = _fake.Requests.Should().ContainSingle().Subject.DocumentTexts;
        documents.Should().OnlyContain(d => d.Length <= 5120 && d.Length % 4 == 0, "no emoji is cut in half");
        Warnings().Should().BeEmpty();
    }

    [Fact]
    public async Task RedactAsync_EmptyText_AsksNothing()
    {
        var analyzer = CreateWithKey();

        var redacted = await analyzer.RedactAsync("  ", "da");

        redacted.Text.Should().Be("  ");
        _fake.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task RedactAsync_Cancelled_ThrowsRatherThanFallingBack()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var analyzer = CreateWithKey();

        var act = () => analyzer.RedactAsync("Jeg hedder Mette", "da", cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("Danish", "da", 0.99, "da")]
    [InlineData("English", "en", 0.95, "en")]
    [InlineData("English", "EN", 0.7, "en")]
    public async Task DetectLanguageAsync_ServiceAnswersDanishOrEnglish_ReturnsItsCode(string name, string iso, double confidence, string expected)
    {
        _fake.DetectLanguage = _ => new FakeDetectedLanguage(name, iso, confidence);
        var analyzer = CreateWithKey();

        var language = await analyzer.DetectLanguageAsync("ok then");

        language.Should().Be(expected, "the service decided, not the local detector (which says null for 'ok then')");
        var request = _fake.Requests.Should().ContainSingle().Subject;
        request.Kind.Should().Be("LanguageDetection");
        var document = request.Body!.Value.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().Single();
        document.GetProperty("countryHint").GetString().Should().Be("dk");
        document.GetProperty("text").GetString().Should().Be("ok then");
    }

    [Theory]
    [InlineData("Norwegian", "nb", 0.8)]
    [InlineData("(Unknown)", "(Unknown)", 0.0)]
    [InlineData("Danish", "da", 0.3)]
    public async Task DetectLanguageAsync_ServiceAnswersAnotherLanguageOrIsUnsure_TheLocalDetectorDecides(string name, string iso, double confidence)
    {
        _fake.DetectLanguage = _ => new FakeDetectedLanguage(name, iso, confidence);
        var analyzer = CreateWithKey();

        var danish = await analyzer.DetectLanguageAsync("Jeg har ondt i hælen om morgenen");
        var unknown = await analyzer.DetectLanguageAsync("ok");

        danish.Should().Be("da");
        unknown.Should().BeNull();
    }

    [Fact]
    public async Task DetectLanguageAsync_ServiceFails_FallsBackToLocal()
    {
        _fake.Mode = FakeServiceMode.ServerError;
        var analyzer = CreateWithKey(o => o.Retry.MaxRetries = 0);

        var language = await analyzer.DetectLanguageAsync("My heel hurts in the morning");

        language.Should().Be("en");
        _fake.Requests.Should().ContainSingle();
        Warnings().Should().ContainSingle().Which.Should().Contain("language detection").And.NotContain("heel");
    }

    [Fact]
    public async Task DetectLanguageAsync_LongText_SendsOnlyOneDocumentWithinTheLimit()
    {
        _fake.DetectLanguage = _ => new FakeDetectedLanguage("English", "en", 1.0);
        var text = string.Concat(Enumerable.Repeat("My heel hurts in the morning. ", 1000));
        var analyzer = CreateWithKey();

        var language = await analyzer.DetectLanguageAsync(text);

        language.Should().Be("en");
        var document = _fake.Requests.Should().ContainSingle().Subject.DocumentTexts.Should().ContainSingle().Subject;
        new StringInfo(document).LengthInTextElements.Should().BeLessThanOrEqualTo(5120);
        text.Should().StartWith(document);
    }

    [Fact]
    public async Task DetectLanguageAsync_ServiceNotListening_FallsBackToLocal()
    {
        // Nothing listens on port 1 of the loopback address: the connection is refused at once.
        var options = ClientOptions();
        options.Retry.MaxRetries = 0;
        var analyzer = new AzureLanguageTextAnalyzer(new Uri("https://127.0.0.1:1/"), new AzureKeyCredential(Key), new LocalTextAnalyzer(), Logger(), options);

        var language = await analyzer.DetectLanguageAsync("Jeg har ondt i hælen");

        language.Should().Be("da");
        Warnings().Should().ContainSingle().Which.Should().Contain("could not be reached");
    }

    /// <summary>About <paramref name="length"/> characters of sentences with <paramref name="name"/> spread through them.</summary>
    private static string LongText(int length, string name, out string expected)
    {
        var text = new StringBuilder();
        var sentence = 0;
        while (text.Length < length)
        {
            text.Append(sentence % 17 == 0 ? $"{name} har ondt i hælen om morgenen. " : "Smerten varer de første skridt og bliver bedre efter lidt tid. ");
            sentence++;
        }

        expected = text.ToString().Replace(name, "[navn]", StringComparison.Ordinal);
        return text.ToString();
    }

    private AzureLanguageTextAnalyzer CreateWithKey(Action<AzureLanguageClientOptions>? configure = null)
    {
        _fake.ExpectedKey = Key;
        var options = ClientOptions();
        configure?.Invoke(options);
        return new AzureLanguageTextAnalyzer(_fake.Endpoint, new AzureKeyCredential(Key), new LocalTextAnalyzer(), Logger(), options);
    }

    /// <summary>Client options that trust the fake's certificate and retry after 10 ms (unless the service asks for longer).</summary>
    private AzureLanguageClientOptions ClientOptions()
    {
        var options = new AzureLanguageClientOptions { Transport = _fake.CreateTransport() };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return options;
    }

    private ILogger<AzureLanguageTextAnalyzer> Logger() => _loggerFactory.CreateLogger<AzureLanguageTextAnalyzer>();

    private List<string> Warnings() =>
        [.. _logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category == typeof(AzureLanguageTextAnalyzer).FullName).Select(e => e.Message)];

    private string AllLogText() => string.Join('\n', _logs.Lines);
}
