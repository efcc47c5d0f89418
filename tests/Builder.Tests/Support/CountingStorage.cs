using HeelBot.Builder.State;

namespace HeelBot.Builder.Tests.Support;

/// <summary>Real storage underneath, with a count of the calls made, to show what a state did (or did not) write.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
