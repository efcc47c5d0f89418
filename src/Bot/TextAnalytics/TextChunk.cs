namespace HeelBot.Bot.TextAnalytics;

/// <summary>A stretch of a longer text sent as one document: where it starts in the whole text, and how long it is.</summary>
internal readonly record struct TextChunk(int Start, int Length);
