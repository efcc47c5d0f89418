using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>
/// Plays a Bot Framework channel holding one conversation (a fresh id) on POST /api/messages: it numbers its activities
/// as channels do, and may send each one to whichever host it likes, as a load balancer would.
/// </summary>
public sealed class ChannelConversation(string channelId = "emulator", string locale = "da-DK")
{
    public const string Endpoint = "/api/messages";

    private int _nextId;

    public string ChannelId { get; } = channelId;

    public string ConversationId { get; } = $"conv-{Guid.NewGuid():N}";

    public ChannelAccount User { get; } = new("user-1", "Test Person", "user");

    public ChannelAccount Bot { get; } = new("heelbot", "HeelBot", "bot");

    /// <summary>The user joining, answered in the response (deliveryMode expectReplies).</summary>
    public Activity MembersAdded() => Addressed(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount(User.Id!, User.Name)],
    });

    /// <summary>A message with a new id, answered in the response (deliveryMode expectReplies).</summary>
    public Activity Message(string text) => Addressed(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Posts <paramref name="activity"/> as it is (the same id again is a channel's retry).</summary>
    public static Task<HttpResponseMessage> PostAsync(HostProcess host, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.Client.PostAsJsonAsync(Endpoint, activity, BotJson.Options);
    }

    /// <summary>Posts an expectReplies activity; anything but 200 with an ExpectedReplies body fails the test.</summary>
    public static async Task<IReadOnlyList<Activity>> SendAsync(HostProcess host, Activity activity)
    {
        using var response = await PostAsync(host, activity);
        return await RepliesAsync(response, host);
    }

    public static async Task<IReadOnlyList<Activity>> RepliesAsync(HttpResponseMessage response, HostProcess host)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(host);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} should answer; it said {1}\n{2}", host, body, host.Output);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options);
        replies.Should().NotBeNull("an expectReplies response carries an ExpectedReplies body: {0}", body);
        return [.. replies!.Activities];
    }

    private Activity Addressed(Activity activity)
    {
        activity.Id = $"{ConversationId}|{Interlocked.Increment(ref _nextId).ToString("D7", CultureInfo.InvariantCulture)}";
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(ConversationId);
        activity.From = User;
        activity.Recipient = Bot;
        activity.Locale = locale;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }
}
