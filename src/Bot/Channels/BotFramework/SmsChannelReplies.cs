using HeelBot.Bot.Channels.Twilio;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>
/// Replies for the Azure Bot Service SMS channel: plain text (no markdown, no links unless allowed), and
/// each long message split at paragraphs and sentences into short texts, as on the direct Twilio route.
/// </summary>
public static class SmsChannelReplies
{
    public const int MaxLength = 640;

    public static IReadOnlyList<Activity> Shape(IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var shaped = new List<Activity>(replies.Count);
        foreach (var reply in replies)
        {
            if (reply.Type != ActivityTypes.Message || string.IsNullOrEmpty(reply.Text))
            {
                shaped.Add(reply);
                continue;
            }

            var parts = SmsText.Split(SmsText.Plain(reply.Text), MaxLength);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = reply.Clone();
                part.Text = parts[i];
                part.TextFormat = "plain";
                part.SuggestedActions = null;
                part.Attachments = null;
                shaped.Add(part);
            }
        }

        return shaped;
    }
}
