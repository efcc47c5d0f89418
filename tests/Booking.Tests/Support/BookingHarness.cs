using HeelBot.Bot.Booking;
using HeelBot.Builder.Testing;
using HeelBot.Dialogs.Booking;
using HeelBot.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace HeelBot.Booking.Tests.Support;

/// <summary>
/// Everything a booking test needs around one store, wired as the host wires it: the test schedule, a fake clock,
/// the failure switch, the providers behind the router, the retry job, and every log line they write.
/// </summary>
public sealed class BookingHarness : IDisposable
{
    private readonly ILoggerFactory _loggerFactory;

    public BookingHarness(IBookingStore store, BookingProviderKind kind = BookingProviderKind.Builtin)
    {
        Clock = new FakeTimeProvider(TestSchedules.Monday);
        Schedule = TestSchedules.Load();
        Store = new FailingBookingStore(store);
        Logs = new CapturedLogs();
        _loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Options = new BookingOptions
        {
            Provider = kind,
            Retry = new BookingRetryOptions { MaxAttempts = 3, FirstDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(10), QuickRetries = 1, QuickRetryDelay = TimeSpan.Zero },
        };
        Buffer = new PendingBookingBuffer();
        Sync = new BookingScheduleSync(Schedule, Store, Clock);
        Builtin = new BuiltinBookingProvider(Schedule, Store, Sync, Buffer, Options, Clock, _loggerFactory.CreateLogger<BuiltinBookingProvider>());
        Provider = new BookingProviderRouter(Schedule, Options, Builtin, new LinkOutBookingProvider(Schedule, Clock));
        Job = new BookingRetryJob(Store, Sync, Schedule, Buffer, Options, Clock, _loggerFactory.CreateLogger<BookingRetryJob>());
    }

    public FakeTimeProvider Clock { get; }

    public BookingSchedule Schedule { get; }

    public FailingBookingStore Store { get; }

    public CapturedLogs Logs { get; }

    public BookingOptions Options { get; }

    public PendingBookingBuffer Buffer { get; }

    public BookingScheduleSync Sync { get; }

    public BuiltinBookingProvider Builtin { get; }

    public IBookingProvider Provider { get; }

    public BookingRetryJob Job { get; }

    public static PersonKey Person(string user = "user-1", string channel = "webchat") => PersonKey.For(channel, user);

    public static BookingContact Contact(string name = "Karen Sørensen", string phone = "+4522334455", string? email = "karen@example.dk") => new(name, phone, email);

    public static TriageSummary Triage() => new()
    {
        Location = HeelBot.Dialogs.Triage.HeelLocation.Under,
        Timing = HeelBot.Dialogs.Triage.PainTiming.Morning,
        DurationWeeks = 8,
        Age = 47,
        RedFlags = new Dictionary<string, TriageAnswer> { ["infection"] = TriageAnswer.No, ["neuro"] = TriageAnswer.Unsure },
        Disposition = HeelBot.Dialogs.Triage.Disposition.Clinic,
        RulesVersion = "2026.11.1",
    };

    public static BookingRequest Request(BookingSlot slot, PersonKey? person = null, BookingContact? contact = null, TriageSummary? triage = null) =>
        new(slot.ClinicId, slot.Id, person ?? Person(), "da") { Contact = contact ?? Contact(), Triage = triage };

    /// <summary>The free slots of the test clinic, soonest first.</summary>
    public Task<IReadOnlyList<BookingSlot>> SoonestAsync(int count = 3, string clinicId = TestSchedules.Clinic) =>
        Provider.FindSlotsAsync(new SlotQuery(clinicId) { MaxCount = count });

    public void Dispose() => _loggerFactory.Dispose();
}
