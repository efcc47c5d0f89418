using System.Net;
using System.Text.Json;
using HeelBot.Builder.Schema;
using HeelBot.DirectLine.Tests.Support;

namespace HeelBot.DirectLine.Tests.Conversations;

public sealed class ConversationEndpointTests : IDisposable
{
    private readonly DirectLineApplication _app = new();
    private readonly DirectLineRestClient _client;

    public ConversationEndpointTests() => _client = _app.RestClient();

    [Fact]
    public async Task Start_WithGeneratedToken_Returns201WithStreamUrlAndQueuesTheWelcome()
    {
        var generated = await _client.GenerateAsync();

        var started = await _client.StartAsync(generated.Token);
        var queue = await _client.GetActivitiesAsync(started.Token, started.ConversationId);

        started.ConversationId.Should().Be(generated.ConversationId);
        started.StreamUrl.Should().StartWith("ws://").And.Contain($"/v3/directline/conversations/{started.ConversationId}/stream?t=");
        queue.Activities.Should().NotBeEmpty("the bot welcomes the person as soon as the conversation starts");
        queue.Activities.Should().OnlyContain(a => a.Type == ActivityTypes.Message && a.From!.Role == "bot" && a.ReplyToId == null,
            "clients never see the conversationUpdate, so replies to it point nowhere");
        queue.Activities.Last().Entities.Should().Contain(e => e.Type == "heelbot.turn" && e.Properties!["asks"].GetString() == "location",
            "the welcome ends with the first question");
        queue.Watermark.Should().Be(queue.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Start_Twice_Returns200ForTheSameConversationWithoutASecondWelcome()
    {
        var generated = await _client.GenerateAsync();
        var first = await _client.StartAsync(generated.Token);
        var welcome = await _client.GetActivitiesAsync(first.Token, first.ConversationId);

        var second = await _client.StartAsync(generated.Token, HttpStatusCode.OK);
        var after = await _client.GetActivitiesAsync(second.Token, second.ConversationId);

        second.ConversationId.Should().Be(first.ConversationId);
        after.Activities.Select(a => a.Id).Should().Equal(welcome.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task Start_WithSecret_CreatesConversationAndReturnsItsToken()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/conversations", DirectLineApplication.Secret, new { user = new { id = "dl_clinic-kiosk" } });
        var started = JsonSerializer.Deserialize<ConversationInfo>(await response.Content.ReadAsStringAsync(), BotJson.Options)!;

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        TokenPayload.Read(started.Token).GetProperty("conv").GetString().Should().Be(started.ConversationId);
        TokenPayload.Read(started.Token).GetProperty("user").GetString().Should().Be("dl_clinic-kiosk");
    }

    [Fact]
    public async Task Start_WithWebChatAgent_UsesWebchatChannel()
    {
        var generated = await _client.GenerateAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, "/conversations", generated.Token, new { user = new { } }, new Dictionary<string, string>
        {
            ["x-ms-bot-agent"] = "DirectLine/3.0 (directlinejs 0.15.5; WebChat/4.18.1 (Full))",
        });

        var queue = await _client.GetActivitiesAsync(generated.Token, generated.ConversationId);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        queue.Activities.Should().OnlyContain(a => a.ChannelId == Channels.Webchat);
    }

    [Fact]
    public async Task Post_EchoesTheActivityWithServerIdClientActivityIdAndTheTokensUser()
    {
        var conversation = await _client.NewConversationAsync();
        var welcome = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        var id = await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Under hælen", clientActivityId: "client-42", fromId: "forged-user");
        var after = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, welcome.Watermark);

        id.Should().MatchRegex($"^{conversation.ConversationId}\\|\\d{{7}}$");
        var echo = after.Activities[0];
        echo.Id.Should().Be(id);
        echo.Text.Should().Be("Under hælen");
        echo.ChannelData!.Value.GetProperty("clientActivityID").GetString().Should().Be("client-42");
        echo.From!.Id.Should().Be(TokenPayload.Read(conversation.Token).GetProperty("user").GetString(), "a token speaks for its own user only");
        echo.From.Role.Should().Be("user");
        echo.Timestamp.Should().BeAfter(welcome.Activities.Last().Timestamp!.Value);
    }

    [Fact]
    public async Task Post_RepliesPointAtTheEchoAndCarryTheirOwnIncreasingIds()
    {
        var conversation = await _client.NewConversationAsync();
        var welcome = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        var id = await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Under hælen", "c-1");
        var after = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, welcome.Watermark);

        var replies = after.Activities.Skip(1).ToList();
        replies.Should().NotBeEmpty();
        replies.Should().OnlyContain(r => r.ReplyToId == id && r.From!.Role == "bot");
        replies.Last().Entities.Should().Contain(e => e.Type == "heelbot.turn" && e.Properties!["asks"].GetString() == "timing",
            "the location was answered, so the bot asks when it hurts");
        var all = welcome.Activities.Concat(after.Activities).ToList();
        all.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        all.Select(a => a.Timestamp!.Value).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("Web Chat orders the transcript by timestamp");
        all.Select(a => long.Parse(a.Id!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(1, all.Count).Select(n => (long)n));
    }

    [Fact]
    public async Task Poll_WithWatermark_ReturnsOnlyNewerActivitiesAndKeepsTheWatermarkWhenNothingIsNew()
    {
        var conversation = await _client.NewConversationAsync();
        var first = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        var unchanged = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, first.Watermark);
        await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Bag på hælen");
        var newer = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, first.Watermark);

        unchanged.Activities.Should().BeEmpty();
        unchanged.Watermark.Should().Be(first.Watermark);
        newer.Activities.Should().NotBeEmpty();
        newer.Activities.Select(a => a.Id).Should().NotIntersectWith(first.Activities.Select(a => a.Id));
        long.Parse(newer.Watermark!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(long.Parse(first.Watermark!, System.Globalization.CultureInfo.InvariantCulture) + newer.Activities.Count);
    }

    [Fact]
    public async Task Reconnect_ReturnsNewTokenAndStreamUrlResumingAtTheWatermark()
    {
        var conversation = await _client.NewConversationAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark=2", conversation.Token);
        var reconnected = JsonSerializer.Deserialize<ConversationInfo>(await response.Content.ReadAsStringAsync(), BotJson.Options)!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        reconnected.ConversationId.Should().Be(conversation.ConversationId);
        reconnected.Token.Should().NotBeNullOrEmpty("DirectLineJS replaces its token with the one it gets here");
        reconnected.StreamUrl.Should().Contain("/stream?t=").And.EndWith("&watermark=2");
    }

    [Fact]
    public async Task TokenOfAnotherConversation_IsRefusedEverywhere()
    {
        var mine = await _client.NewConversationAsync();
        var theirs = await _client.NewConversationAsync();
        var path = $"/conversations/{theirs.ConversationId}";

        using var read = await _client.SendAsync(HttpMethod.Get, $"{path}/activities?watermark=", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"{path}/activities", mine.Token, new { type = "message", text = "hej" });
        using var reconnect = await _client.SendAsync(HttpMethod.Get, path, mine.Token);

        read.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        reconnect.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _client.GetActivitiesAsync(theirs.Token, theirs.ConversationId)).Activities.Should().NotContain(a => a.Text == "hej");
    }

    [Fact]
    public async Task ConversationEndpoints_WithoutOrWithBadBearer_Return401Or403()
    {
        var conversation = await _client.NewConversationAsync();
        var path = $"/conversations/{conversation.ConversationId}/activities?watermark=";

        using var none = await _client.SendAsync(HttpMethod.Get, path);
        using var bad = await _client.SendAsync(HttpMethod.Get, path, "garbage");
        using var startWithout = await _client.SendAsync(HttpMethod.Post, "/conversations");

        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        bad.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        startWithout.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownConversation_Returns404()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/conversations/no-such-conversation/activities?watermark=", DirectLineApplication.Secret);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "DirectLineJS reads 404 as 'conversation ended'");
    }

    [Fact]
    public async Task Post_WithoutType_Returns400AndStoresNothing()
    {
        var conversation = await _client.NewConversationAsync();
        var before = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { text = "hej" });
        var after = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, before.Watermark);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        after.Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_Typing_IsNeitherStoredNorAnswered()
    {
        var conversation = await _client.NewConversationAsync();
        var before = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { type = "typing" });
        var after = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, before.Watermark);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Activities.Should().BeEmpty();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
