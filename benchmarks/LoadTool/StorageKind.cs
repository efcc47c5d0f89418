namespace HeelBot.LoadTool;

/// <summary>HeelBot's <c>Storage:Provider</c> for a run (the reference bot always keeps its state in memory).</summary>
public enum StorageKind
{
    Memory,
    Sqlite,
    Postgres,
}
