using System.Text.Json;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>Direct Line's ActivitySet: activities after a watermark, and the watermark to ask from next time.</summary>
public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);
