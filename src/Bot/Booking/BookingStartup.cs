namespace HeelBot.Bot.Booking;

/// <summary>
/// While the host starts: creates or upgrades the booking tables and writes clinics and practitioners from
/// schedule.yml. Slots are opened per clinic on first use (a few thousand rows each), so a start stays quick. A
/// database that is not reachable does not stop the start: the first booking catches up.
/// </summary>
internal sealed class BookingStartup(BookingScheduleSync sync, ILogger<BookingStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sync.EnsureSeededAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            logger.LogError("Booking: the schedule could not be written at start-up ({Error}); it is written on first use.", BookingStoreErrors.Describe(exception));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
