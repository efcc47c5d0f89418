namespace HeelBot.Builder.Core;

/// <summary>A string-keyed bag for the turn; typed access keys by the type's full name.</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    public T? Get<T>(string key)
        where T : class => TryGetValue(key, out var value) ? value as T : null;

    public T? Get<T>()
        where T : class => Get<T>(typeof(T).FullName!);

    public void Add<T>(T value)
        where T : class => this[typeof(T).FullName!] = value;

    public void Set<T>(string key, T value)
        where T : class => this[key] = value;
}
