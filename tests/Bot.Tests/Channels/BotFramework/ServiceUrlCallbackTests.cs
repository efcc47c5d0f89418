using System.Net;
using System.Text.Json;
using HeelBot.Bot.Channels.BotFramework;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Normal delivery: the host answers the channel's POST with 200 and sends each reply to the Connector
/// API at the activity's serviceUrl (PROTOCOLS.md §4), here a real local server.
/// </summary>
public sealed class ServiceUrlCallbackTests(HeelBotApplication app) : IClassFixture<HeelBotApplication>, IAsyncLifetime
{
    // Teams and Direct Line ids carry ':' and '|', which must be escaped in the path; the middle part
    // (hex only) keeps each test's conversation apart on the shared host.
    private readonly string _unique = Guid.NewGuid().ToString("N");
    private RecordingChannel _channel = null!;

    private string ConversationId => $"a:19:{_unique}|def";

    private string EscapedConversationId => $"a%3A19%3A{_unique}%7Cdef";

    public async Task InitializeAsync() => _channel = await RecordingChannel.StartAsync("/amer/");

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task PostActivity_MessageWithId_RepliesArePostedToReplyRouteInOrder()
    {
        // Arrange
        using var conversation = NewConversation();
        await conversation.StartAsync();
        var message = Normal(conversation.Message("Under hælen"));
        message.Id = $"{ConversationId}|0000002";

        // Act
        using var response = await conversation.PostAsync(message);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        var requests = _channel.Requests;
        requests.Should().NotBeEmpty();
        requests.Should().AllSatisfy(r =>
        {
            r.Method.Should().Be("POST");
            r.RawTarget.Should().Be($"/amer/v3/conversations/{EscapedConversationId}/activities/{EscapedConversationId}%7C0000002");
            r.ContentType.Should().StartWith("application/json");
            r.Authorization.Should().BeNull("in anonymous mode the bot sends no token (PROTOCOLS.md §3a)");
        });
        var replies = requests.Select(r => Parse(r.Body)).ToList();
        replies[^1].Text.Should().Be(BotTexts.Text("ask.timing"));
        replies[^1].Turn().Asks.Should().Be("timing");
        replies.Should().AllSatisfy(reply => AssertAddressedBack(reply, message));
        requests.Should().AllSatisfy(r => JsonDocument.Parse(r.Body).RootElement.TryGetProperty("id", out _).Should().BeFalse("the bot sets no id"));
    }

    [Fact]
    public async Task PostActivity_ConversationUpdateWithoutId_RepliesArePostedToConversationRouteInOrder()
    {
        // Arrange
        using var conversation = NewConversation();
        var update = Normal(conversation.MembersAdded());
        update.Id = null;

        // Act
        using var response = await conversation.PostAsync(update);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        var requests = _channel.Requests;
        requests.Select(r => r.RawTarget).Should().Equal(Enumerable.Repeat($"/amer/v3/conversations/{EscapedConversationId}/activities", 3));
        var replies = requests.Select(r => Parse(r.Body)).ToList();
        replies.Select(r => r.Text).Should().Equal(BotTexts.Text("welcome"), BotTexts.Text("privacy"), BotTexts.Text("ask.location"));
        replies.Select(r => r.Turn().Asks).Should().Equal(null, null, "location");
        replies.Should().AllSatisfy(reply =>
        {
            reply.ReplyToId.Should().BeNull();
            reply.ServiceUrl.Should().Be(_channel.ServiceUrl.ToString());
        });
    }

    [Fact]
    public async Task PostActivity_ChannelAnswers500_Returns502AndStopsDelivering()
    {
        // Arrange
        using var conversation = NewConversation();
        _channel.StatusCode = 500;

        // Act
        using var response = await conversation.PostAsync(Normal(conversation.MembersAdded()));

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
        error.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        _channel.Requests.Should().ContainSingle("delivery stops at the first reply the channel refuses");
    }

    [Fact]
    public async Task PostActivity_AfterChannelAnswered500_ConversationContinues()
    {
        // Arrange
        using var conversation = NewConversation();
        _channel.StatusCode = 500;
        using var failed = await conversation.PostAsync(Normal(conversation.MembersAdded()));
        failed.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        _channel.StatusCode = 200;

        // Act
        var replies = await conversation.SayAsync("Under hælen");

        // Assert
        replies.Asks().Should().Be("timing");
        replies[^1].Text.Should().Be(BotTexts.Text("ask.timing"));
    }

    [Fact]
    public async Task PostActivity_ChannelTooSlowToAnswer_Returns502()
    {
        // Arrange: the host gives up on the channel after a second instead of the default 100.
        using var impatient = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(nameof(ConnectorClient)).ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(1))));
        using var conversation = new BotConversation(impatient.CreateClient()) { ConversationId = ConversationId };
        _channel.Delay = TimeSpan.FromSeconds(30);

        // Act
        using var response = await conversation.PostAsync(Normal(conversation.MembersAdded()));

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
        _channel.Requests.Should().ContainSingle("delivery stops at the first reply the channel does not take");
    }

    private static Activity Parse(string body)
    {
        var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        activity.Should().NotBeNull();
        return activity!;
    }

    private void AssertAddressedBack(Activity reply, Activity incoming)
    {
        reply.Type.Should().Be(ActivityTypes.Message);
        reply.Id.Should().BeNull();
        reply.ReplyToId.Should().Be(incoming.Id);
        reply.Conversation!.Id.Should().Be(ConversationId);
        reply.ChannelId.Should().Be(incoming.ChannelId);
        reply.ServiceUrl.Should().Be(incoming.ServiceUrl);
        reply.From!.Id.Should().Be(incoming.Recipient!.Id);
        reply.Recipient!.Id.Should().Be(incoming.From!.Id);
    }

    private BotConversation NewConversation() => new(app.CreateClient()) { ConversationId = ConversationId };

    private Activity Normal(Activity activity)
    {
        activity.DeliveryMode = null;
        activity.ServiceUrl = _channel.ServiceUrl.ToString();
        return activity;
    }
}
