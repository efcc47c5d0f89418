namespace HeelBot.Builder.State;

public static class ETags
{
    /// <summary>Overwrite whatever is stored.</summary>
    public const string Any = "*";

    /// <summary>The ETag of an item that does not exist: writing with it succeeds only if the key is still absent.</summary>
    public const string Absent = "";
}
