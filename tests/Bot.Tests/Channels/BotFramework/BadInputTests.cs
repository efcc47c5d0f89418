using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// What a channel, a proxy or an attacker might send instead of a good activity. Each is refused or
/// answered without a 500, and the conversation it lands in still continues at the question it was at.
/// </summary>
public sealed class BadInputTests(HeelBotApplication app) : IClassFixture<HeelBotApplication>
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { "malformed JSON", """{"type":"message","text":""" },
        { "a JSON array", """[{"type":"message"}]""" },
        { "JSON null", "null" },
        { "missing type", """{"channelId":"emulator","conversation":{"id":"{conversation}"},"deliveryMode":"expectReplies","text":"Om morgenen"}""" },
        { "missing conversation.id", """{"type":"message","channelId":"emulator","conversation":{},"deliveryMode":"expectReplies","text":"Om morgenen"}""" },
        { "missing channelId", """{"type":"message","conversation":{"id":"{conversation}"},"deliveryMode":"expectReplies","text":"Om morgenen"}""" },
        { "no serviceUrl on a normal delivery", """{"type":"message","channelId":"emulator","conversation":{"id":"{conversation}"},"text":"Om morgenen"}""" },
        { "a serviceUrl that is not http(s)", """{"type":"message","channelId":"emulator","conversation":{"id":"{conversation}"},"serviceUrl":"file:///etc/passwd","text":"Om morgenen"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostActivity_InvalidBody_Returns400WithErrorAndKeepsConversation(string because, string body)
    {
        // Arrange
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);

        // Act
        using var response = await conversation.PostRawAsync(body.Replace("{conversation}", conversation.ConversationId, StringComparison.Ordinal));

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, because);
        await AssertErrorBodyAsync(response, "BadArgument");
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Fact]
    public async Task PostActivity_UnknownActivityType_Returns200AndChangesNothing()
    {
        // Arrange
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);
        var activity = conversation.Message("Om morgenen");
        activity.Type = "somethingNewFromTheChannel";

        // Act
        var replies = await conversation.SendAsync(activity);

        // Assert
        replies.Should().BeEmpty("unknown activity types are ignored (A2014)");
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Fact]
    public async Task PostActivity_OneMegabyteText_Returns413WithClearMessage()
    {
        // Arrange
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);

        // Act
        using var response = await conversation.PostAsync(conversation.Message(new string('a', 1024 * 1024)));

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var message = await AssertErrorBodyAsync(response, "PayloadTooLarge");
        message.Should().Contain("KB", "the message says what the limit is");
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Fact]
    public async Task PostActivity_OneMegabyteTextWithoutContentLengthOnKestrel_Returns413()
    {
        // Arrange: a chunked body on a real socket, so the size is only known while Kestrel reads it
        // (the in-memory test server does not enforce body limits).
        await using var kestrel = new HeelBotApplication();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var conversation = kestrel.Conversation();
        await conversation.StartAsync();
        (await conversation.SayAsync("Under hælen")).Asks().Should().Be("timing");
        var before = await kestrel.ReadStateAsync(conversation);
        var json = JsonSerializer.SerializeToUtf8Bytes(conversation.Message(new string('a', 1024 * 1024)), BotJson.Options);
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, BotConversation.Endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        // Act
        using var response = await conversation.Client.SendAsync(request);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await AssertErrorBodyAsync(response, "PayloadTooLarge");
        (await kestrel.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task PostActivity_MessageWithoutText_AsksForTextAndStaysAtQuestion(string? text)
    {
        // Arrange
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);

        // Act
        var replies = await conversation.SayAsync(text);

        // Assert
        replies.Select(r => r.Text).Should().Equal(BotTexts.Text("error.not_text"));
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Fact]
    public async Task PostActivity_TextOver2000Characters_AsksForShorterTextAndChangesNothing()
    {
        // Arrange: well under the body limit, over what the bot reads.
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);

        // Act
        var replies = await conversation.SayAsync("Om morgenen " + new string('x', 3000));

        // Assert
        replies.Select(r => r.Text).Should().Equal(BotTexts.Text("error.too_long"));
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task PostActivity_AuthorizationHeaderInAnonymousMode_Returns401(string authorization)
    {
        // Arrange
        using var conversation = await AtTimingQuestionAsync();
        var before = await app.ReadStateAsync(conversation);
        using var request = new HttpRequestMessage(HttpMethod.Post, BotConversation.Endpoint)
        {
            Content = JsonContent(conversation.Message("Om morgenen")),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        // Act
        using var response = await conversation.Client.SendAsync(request);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await AssertErrorBodyAsync(response, "Unauthorized");
        (await app.ReadStateAsync(conversation)).Should().Be(before);
        await AssertContinuesAtTimingAsync(conversation);
    }

    [Fact]
    public async Task GetMessages_AnyRequest_Returns405()
    {
        // Arrange
        using var client = app.CreateClient();

        // Act
        using var response = await client.GetAsync(BotConversation.Endpoint);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    private static StringContent JsonContent(Activity activity) =>
        new(JsonSerializer.Serialize(activity, BotJson.Options), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Checks the Connector error shape and returns its message.</summary>
    private static async Task<string> AssertErrorBodyAsync(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json", body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(code);
        var message = error.GetProperty("message").GetString();
        message.Should().NotBeNullOrWhiteSpace();
        return message!;
    }

    private async Task<BotConversation> AtTimingQuestionAsync()
    {
        var conversation = app.Conversation();
        await conversation.StartAsync();
        (await conversation.SayAsync("Under hælen")).Asks().Should().Be("timing");
        return conversation;
    }

    /// <summary>The answer to the timing question is understood as such: the next question is the duration.</summary>
    private static async Task AssertContinuesAtTimingAsync(BotConversation conversation)
    {
        var replies = await conversation.SayAsync("Om morgenen");
        replies.Asks().Should().Be("duration", "the conversation should still be at the timing question");
        replies[^1].Text.Should().Be(BotTexts.Text("ask.duration"));
    }
}
