using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Polly;

namespace HeelBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL LISTEN/NOTIFY channel between the hosts that share a database: <see cref="PublishAsync"/> reaches
/// every host listening with <see cref="ListenAsync"/>, itself included. Notifications are signals, not storage:
/// PostgreSQL drops them for a listener that is disconnected, so a listener is told each time it (re)connects and
/// each time the channel has been quiet for a while, to catch up from the stored data.
/// </summary>
/// <remarks>
/// Channels are per database while HeelBot's tables are per schema, so the channel name carries a hash of the
/// connection's search path: deployments (or test runs) in different schemas of one database never hear each other.
/// </remarks>
public sealed class PostgresNotificationChannel
{
    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7999;

    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    /// <param name="topic">Lower-case letters and digits naming what the channel carries, e.g. "directline".</param>
    public PostgresNotificationChannel(NpgsqlDataSource dataSource, string topic, PostgresStorageOptions? options = null, ILogger<PostgresNotificationChannel>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrEmpty(topic);
        if (!topic.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) || topic.Length > 30)
        {
            throw new ArgumentException("A topic is up to 30 lower-case ASCII letters and digits.", nameof(topic));
        }

        _dataSource = dataSource;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _retry = PostgresRetryPipeline.Create(options ?? new PostgresStorageOptions(), _logger);
        var searchPath = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).SearchPath ?? string.Empty;
        var schemaHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(searchPath)))[..12];
        Name = $"heelbot_{topic}_{schemaHash}";
    }

    /// <summary>The channel's name in the database (a plain lower-case identifier).</summary>
    public string Name { get; }

    /// <summary>Sends <paramref name="payload"/> to every listener, retrying transient failures.</summary>
    public async Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new ArgumentException($"A notification payload is at most {MaxPayloadBytes} bytes.", nameof(payload));
        }

        await _retry.ExecuteAsync(
            async token =>
            {
                await using var command = _dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = payload });
                await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Listens until <paramref name="stoppingToken"/> fires, reconnecting with backoff whenever the connection is lost.
    /// <paramref name="onNotification"/> runs for every payload (on the listening connection's thread: keep it short);
    /// <paramref name="onCatchUp"/> runs once listening has (re)started and after every <paramref name="idleInterval"/>
    /// without a notification, when the connection is also checked (a silently dropped one would never wake).
    /// </summary>
    public async Task ListenAsync(Action<string> onNotification, Action onCatchUp, TimeSpan idleInterval, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(onNotification);
        ArgumentNullException.ThrowIfNull(onCatchUp);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleInterval, TimeSpan.Zero);
        var reconnectDelay = FirstReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, notification) => onNotification(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{Name}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                _logger.LogDebug("PostgreSQL notifications: listening on {Channel}.", Name);
                reconnectDelay = FirstReconnectDelay;
                onCatchUp();
                while (true)
                {
                    if (!await connection.WaitAsync(idleInterval, stoppingToken).ConfigureAwait(false))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                        onCatchUp();
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning("PostgreSQL notifications: the listening connection on {Channel} failed ({Error}); reconnecting in {Delay} ms.", Name, ex.Message, (int)reconnectDelay.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(reconnectDelay, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            reconnectDelay = TimeSpan.FromTicks(Math.Min(reconnectDelay.Ticks * 2, MaxReconnectDelay.Ticks));
        }
    }
}
