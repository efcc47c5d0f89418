namespace HeelBot.Builder.Schema;

public sealed record ResourceResponse(string? Id);
