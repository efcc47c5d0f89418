using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace HeelBot.Sms.Tests.Support;

/// <summary>What the webhook answered: the status, the raw body and, for TwiML, the text of each &lt;Message&gt;.</summary>
public sealed record SmsReply(HttpStatusCode Status, string Body, string? ContentType, HttpResponseHeaders Headers)
{
    public IReadOnlyList<string> Messages => Status == HttpStatusCode.OK
        ? [.. XDocument.Parse(Body).Root!.Elements("Message").Select(m => m.Value)]
        : [];

    /// <summary>All messages as one text, the way a person scrolling the thread reads them.</summary>
    public string Text => string.Join("\n\n", Messages);
}
