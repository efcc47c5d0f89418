namespace HeelBot.LoadTool.Measuring;

/// <summary>What the store holds for a set of conversations: rows, the documents' UTF-8 bytes, and whole rows' bytes.</summary>
public sealed record StoredState(long Rows, long DocumentBytes, long RowBytes);
