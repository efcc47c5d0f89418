using System.Net.Http.Json;
using HeelBot.Builder.Schema;

// A console chat with a running HeelBot over /api/messages (expectReplies), for trying the guide by hand:
//   dotnet run --project tools/Chat -- [http://localhost:3978] [da|en]
var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://localhost:3978";
var locale = args.Length > 1 && args[1] == "en" ? "en-GB" : "da-DK";
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var conversationId = $"console-{Guid.NewGuid():N}";
var counter = 0;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.InputEncoding = System.Text.Encoding.UTF8;
await ShowAsync(await SendAsync(new Activity
{
    Type = ActivityTypes.ConversationUpdate,
    MembersAdded = [new ChannelAccount("console-user")],
}));

while (Console.ReadLine() is { } line)
{
    if (line.Trim().Length == 0)
    {
        continue;
    }

    await ShowAsync(await SendAsync(new Activity { Type = ActivityTypes.Message, Text = line }));
}

async Task<IList<Activity>> SendAsync(Activity activity)
{
    activity.Id = $"console-{++counter}";
    activity.ChannelId = Channels.Emulator;
    activity.DeliveryMode = DeliveryModes.ExpectReplies;
    activity.Conversation = new ConversationAccount(conversationId);
    activity.From = new ChannelAccount("console-user", "You", "user");
    activity.Recipient = new ChannelAccount("heelbot", "HeelBot", "bot");
    activity.Locale = locale;
    using var response = await http.PostAsJsonAsync("/api/messages", activity, BotJson.Options);
    if (!response.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"[HeelBot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}]");
        return [];
    }

    return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))?.Activities ?? [];
}

Task ShowAsync(IList<Activity> replies)
{
    foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
    {
        Console.WriteLine();
        Console.WriteLine(reply.Text);
        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            Console.WriteLine("  [" + string.Join("] [", actions.Select(a => a.Title)) + "]");
        }
    }

    Console.Write("\n> ");
    return Task.CompletedTask;
}
