using HeelBot.Builder.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Readiness: whether the configured <see cref="IStorage"/> answers a read. Every turn loads and saves state, so an
/// instance that cannot read its store can only apologise; the load balancer should send people elsewhere.
/// </summary>
/// <remarks>
/// The read is of one key that is never written, so it costs one indexed lookup (PostgreSQL) or one page read
/// (SQLite) and touches no conversation. It also runs the store's first-use work (connecting, migrating the
/// schema), so an instance is only ready once that has succeeded.
/// </remarks>
public sealed class StorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <summary>The key read; outside every key space the bot writes (those start with a channel id).</summary>
    public const string ProbeKey = "heelbot/health/readiness";

    /// <summary>
    /// Longer than a healthy read takes even on a cold connection (TLS to Azure Database for PostgreSQL), shorter
    /// than the storage's own retries of an unreachable server add up to, so a dead store answers in seconds.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved here, not injected: a store whose construction fails (a bad connection string) is an
            // unready instance, not an exception out of the health endpoint.
            var storage = services.GetRequiredService<IStorage>();

            // WaitAsync gives up even if a read ignores cancellation (a driver blocked on a dead socket).
            await storage.ReadAsync([ProbeKey], cancellationToken).WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException ex)
        {
            return HealthCheckResult.Unhealthy($"The storage did not answer within {Timeout.TotalSeconds:0} s.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The description goes out in the response, so it names no server, key or message; the exception
            // goes to the log, where the health check service records it.
            return HealthCheckResult.Unhealthy("The storage could not be read.", ex);
        }
    }
}
