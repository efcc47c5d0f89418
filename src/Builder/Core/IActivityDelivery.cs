using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

/// <summary>The outbound seam: carries replies to the channel (the Connector API, a Direct Line queue, a test list).</summary>
public interface IActivityDelivery
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken);
}
