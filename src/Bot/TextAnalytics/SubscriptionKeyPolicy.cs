using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HeelBot.Bot.TextAnalytics;

/// <summary>
/// Puts the resource key in <c>Ocp-Apim-Subscription-Key</c> on every attempt. Azure.Core keeps its own key policy
/// internal, so this is the public equivalent: the key is read per request, so <see cref="AzureKeyCredential.Update"/>
/// rotates it without a restart.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential, string headerName) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(headerName, credential.Key);
    }
}
