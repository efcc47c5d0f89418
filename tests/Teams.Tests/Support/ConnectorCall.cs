using HeelBot.Builder.Schema;

namespace HeelBot.Teams.Tests.Support;

/// <summary>One call the bot made to the Teams Bot Connector service: where it went and the activity it carried.</summary>
public sealed record ConnectorCall(HttpMethod Method, Uri Uri, string Body, Activity Activity);
