using System.Net;
using System.Net.Sockets;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>
/// A loopback TCP forwarder between the hosts and the shared PostgreSQL server, so a test can take "the database"
/// away and give it back without touching the server other tests use. <see cref="Cut"/> drops every open connection
/// and turns new ones away (accepted and closed at once, as a failing proxy or a restarting server would);
/// <see cref="Restore"/> forwards again.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<(TcpClient Client, TcpClient Server)> _open = [];
    private readonly Lock _gate = new();
    private readonly Task _accepting;
    private bool _cut;
    private int _refused;

    private TcpForwarder(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections turned away since the forwarder started: proof that something tried while it was cut.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public static TcpForwarder Start(string targetHost, int targetPort) => new(targetHost, targetPort);

    public void Cut()
    {
        List<(TcpClient Client, TcpClient Server)> open;
        lock (_gate)
        {
            _cut = true;
            open = [.. _open];
            _open.Clear();
        }

        foreach (var (client, server) in open)
        {
            Close(client, server);
        }
    }

    public void Restore()
    {
        lock (_gate)
        {
            _cut = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stopping.Dispose();
    }

    private static void Close(TcpClient client, TcpClient server)
    {
        // Linger 0: a reset, as when a server process dies, rather than a polite close.
        foreach (var side in new[] { client, server })
        {
            try
            {
                // Null once the pair was closed from the other end.
                side.Client?.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            side.Dispose();
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            bool cut;
            lock (_gate)
            {
                cut = _cut;
            }

            if (cut)
            {
                Interlocked.Increment(ref _refused);
                Close(client, new TcpClient());
                continue;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            lock (_gate)
            {
                if (_cut)
                {
                    Interlocked.Increment(ref _refused);
                    Close(client, server);
                    return;
                }

                _open.Add((client, server));
            }

            using var pair = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var upstream = PumpAsync(client.GetStream(), server.GetStream(), pair.Token);
            var downstream = PumpAsync(server.GetStream(), client.GetStream(), pair.Token);
            await Task.WhenAny(upstream, downstream);
            await pair.CancelAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // One side went away: the pair is closed below.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove((client, server));
            }

            Close(client, server);
        }
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection ended or was cut.
        }
    }
}
