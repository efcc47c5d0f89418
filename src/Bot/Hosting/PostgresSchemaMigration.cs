using HeelBot.Storage.Postgres;
using Npgsql;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Creates or upgrades the PostgreSQL schema while the host starts, before it takes traffic. Instances starting
/// together are safe (the storage migrates under an advisory lock). A database that stays unreachable through
/// the storage's retries does not stop the start: the host then answers with its apology, and the first
/// operation after the database is back migrates. Any other failure (a script error, missing rights) does stop
/// it, with the reason.
/// </summary>
internal sealed class PostgresSchemaMigration(PostgresStorage storage, ILogger<PostgresSchemaMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex.IsTransient)
        {
            logger.LogError(ex, "PostgreSQL was unreachable at start-up; the schema will be created or upgraded on first use once it is back.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
