using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Tests.Support;

/// <summary>
/// Plays a channel talking to POST /api/messages: one user, one bot, one conversation (a fresh id per
/// instance), activities built with the real schema and <see cref="BotJson.Options"/>.
/// </summary>
public sealed class BotConversation(HttpClient client, string channelId = "emulator", string locale = "da-DK") : IDisposable
{
    public const string Endpoint = "/api/messages";

    private int _nextId;

    public HttpClient Client { get; } = client;

    public string ChannelId { get; } = channelId;

    public string Locale { get; set; } = locale;

    public string ConversationId { get; init; } = $"conv-{Guid.NewGuid():N}";

    public ChannelAccount User { get; } = new("user-1", "Test Person", "user");

    public ChannelAccount Bot { get; } = new("heelbot", "HeelBot", "bot");

    /// <summary>The user joining the conversation, answered in the response (deliveryMode expectReplies).</summary>
    public Activity MembersAdded() => Addressed(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount(User.Id!, User.Name)],
    });

    /// <summary>A message from the user, answered in the response (deliveryMode expectReplies).</summary>
    public Activity Message(string? text) => Addressed(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Starts the conversation and returns the bot's replies.</summary>
    public Task<IReadOnlyList<Activity>> StartAsync() => SendAsync(MembersAdded());

    /// <summary>Sends a message and returns the bot's replies.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string? text) => SendAsync(Message(text));

    /// <summary>Posts an expectReplies activity; anything but 200 with an ExpectedReplies body fails the test.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the host should accept {0}; it answered {1}", activity.Type, body);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options);
        replies.Should().NotBeNull("an expectReplies response carries an ExpectedReplies body: {0}", body);
        return [.. replies!.Activities];
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        Client.PostAsJsonAsync(Endpoint, activity, BotJson.Options);

    /// <summary>Posts a body exactly as given, for requests no well-behaved channel would send.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string mediaType = "application/json") =>
        Client.PostAsync(Endpoint, new StringContent(body, System.Text.Encoding.UTF8, mediaType));

    public void Dispose() => Client.Dispose();

    private Activity Addressed(Activity activity)
    {
        activity.Id = $"{ConversationId}|{(++_nextId).ToString("D7", CultureInfo.InvariantCulture)}";
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(ConversationId);
        activity.From = User;
        activity.Recipient = Bot;
        activity.Locale = Locale;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }
}
