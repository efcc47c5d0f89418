namespace HeelBot.Builder.State;

/// <summary>A write carried an ETag that no longer matches the stored item: someone else wrote first.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StorageConflictException ForKey(string key) => new($"ETag conflict writing '{key}': the stored item changed since it was read.");
}
