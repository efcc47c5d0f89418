using HeelBot.Builder.Schema;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>Direct Line's ActivitySet as a client reads it.</summary>
public sealed record ActivitySetBody(List<Activity> Activities, string? Watermark);
