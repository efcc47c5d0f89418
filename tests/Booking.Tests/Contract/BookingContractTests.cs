using System.Text.RegularExpressions;
using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Contract;

/// <summary>
/// What the built-in booking must do on every store: slots from opening hours, the search, atomic reservation,
/// cancellation, deleting a person's data, and requests kept and retried when the database fails. Each backend
/// (SQLite file, PostgreSQL) runs the whole suite through the same providers the host uses.
/// </summary>
public abstract class BookingContractTests : IAsyncLifetime
{
    private static readonly Regex ReferenceFormat = new("^HB-[34679ACDEFGHJKMNPQRTUVWXY]{6}$", RegexOptions.CultureInvariant);

    private BookingHarness? _harness;

    protected BookingHarness Harness => _harness ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync() => _harness = new BookingHarness(await CreateStoreAsync());

    public async Task DisposeAsync()
    {
        _harness?.Dispose();
        await DisposeStoresAsync();
    }

    [Fact]
    public async Task FindSlotsAsync_NoWish_ReturnsSoonestSlotsAfterTheNotice()
    {
        // Act: Monday 07:00 local, notice 2 hours.
        var slots = await Harness.SoonestAsync(3);

        // Assert
        slots.Select(slot => slot.Start).Should().Equal(TestSchedules.Local(3, 23, 9), TestSchedules.Local(3, 23, 9, 30), TestSchedules.Local(3, 23, 10));
        slots.Should().OnlyContain(slot => slot.Start.Offset == TestSchedules.Winter && slot.End == slot.Start.AddMinutes(30));
        slots.Should().OnlyContain(slot => slot.ClinicId == TestSchedules.Clinic && slot.PractitionerId == "anne" && slot.PractitionerName == "Anne" && slot.Mode == BookingMode.Builtin);
    }

    [Fact]
    public async Task FindSlotsAsync_Wish_ReturnsClosestToTheWishFirst()
    {
        var slots = await Harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic) { Wish = TestSchedules.Local(3, 24, 10, 10) });

        slots.Select(slot => slot.Start).Should().Equal(TestSchedules.Local(3, 24, 10), TestSchedules.Local(3, 24, 10, 30), TestSchedules.Local(3, 24, 9, 30));
    }

    [Fact]
    public async Task FindSlotsAsync_DaysAndTimeOfDay_OnlyThoseLocalTimes()
    {
        var query = new SlotQuery(TestSchedules.Clinic) { Days = [DayOfWeek.Thursday], TimeOfDay = new LocalTimeWindow(new TimeOnly(11, 0), new TimeOnly(12, 0)), MaxCount = 10 };

        var slots = await Harness.Provider.FindSlotsAsync(query);

        slots.Select(slot => slot.Start).Should().Equal(
            TestSchedules.Local(3, 26, 11), TestSchedules.Local(3, 26, 11, 30), TestSchedules.Local(4, 2, 11), TestSchedules.Local(4, 2, 11, 30));
    }

    [Fact]
    public async Task FindSlotsAsync_AcrossTheChangeToSummerTime_KeepsLocalOpeningHours()
    {
        // Arrange: summer time starts on Sunday 29 March; the clinic opens at 08:00 local on both sides of it. (Monday the
        // 23rd at 08:00 is inside the notice, and the book is open through Sunday 5 April.)
        var query = new SlotQuery(TestSchedules.Clinic) { Days = [DayOfWeek.Friday, DayOfWeek.Monday], TimeOfDay = new LocalTimeWindow(new TimeOnly(8, 0), new TimeOnly(8, 30)), MaxCount = 10 };

        // Act
        var slots = await Harness.Provider.FindSlotsAsync(query);

        // Assert: 08:00 local each time, which is 07:00 UTC in winter and 06:00 UTC in summer.
        slots.Select(slot => slot.Start.DateTime.TimeOfDay).Should().AllBeEquivalentTo(TimeSpan.FromHours(8));
        slots.Select(slot => (slot.Start.UtcDateTime.Day, slot.Start.UtcDateTime.Hour)).Should().Equal((27, 7), (30, 6), (3, 6));
        slots.Select(slot => slot.Start.Offset).Should().Equal(TestSchedules.Winter, TestSchedules.Summer, TestSchedules.Summer);
    }

    [Fact]
    public async Task FindSlotsAsync_ClosedDateAndWeekend_NoSlotsButOpenDayHasSome()
    {
        var closedDate = await SlotsOnAsync(3, 25);
        var saturday = await SlotsOnAsync(3, 28);
        var thursday = await SlotsOnAsync(3, 26);

        closedDate.Should().BeEmpty();
        saturday.Should().BeEmpty();
        thursday.Should().HaveCount(8, "08:00–12:00 in 30-minute slots");
    }

    [Fact]
    public async Task FindSlotsAsync_Practitioner_OnlyTheDaysTheyWork()
    {
        var slots = await Harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic) { PractitionerId = "bo", MaxCount = 50 });

        slots.Should().NotBeEmpty();
        slots.Should().OnlyContain(slot => slot.PractitionerId == "bo" && (slot.Start.DayOfWeek == DayOfWeek.Monday || slot.Start.DayOfWeek == DayOfWeek.Wednesday));
        slots.Select(slot => slot.Start.Date).Distinct().Should().Equal([new DateTime(2026, 3, 23), new DateTime(2026, 3, 30), new DateTime(2026, 4, 1)], "Wednesday the 25th is closed");
    }

    [Fact]
    public async Task BookAsync_FreeSlot_ConfirmedWithShortReferenceAndStoredTriage()
    {
        // Arrange
        var slot = (await Harness.SoonestAsync(1))[0];

        // Act
        var result = await Harness.Provider.BookAsync(BookingHarness.Request(slot, triage: BookingHarness.Triage()));

        // Assert
        var confirmed = result.Should().BeOfType<BookingResult.Confirmed>().Subject;
        confirmed.Reference.Should().MatchRegex(ReferenceFormat);
        confirmed.Slot.Id.Should().Be(slot.Id);
        confirmed.Slot.Start.Should().Be(slot.Start);
        var mine = await Harness.Provider.FindByPersonAsync(BookingHarness.Person());
        mine.Should().ContainSingle().Which.Should().Match<Appointment>(appointment =>
            appointment.Reference == confirmed.Reference && appointment.Status == AppointmentStatus.Confirmed && appointment.Slot.Id == slot.Id);
        var stored = await Harness.Store.FindAppointmentAsync(confirmed.Reference);
        stored!.ContactName.Should().Be("Karen Sørensen");
        stored.ContactPhone.Should().Be("+4522334455");
        stored.Language.Should().Be("da");
        stored.Triage.Should().Contain("\"location\":\"under\"").And.Contain("\"neuro\":\"unsure\"").And.Contain("\"disposition\":\"clinic\"");
        (await Harness.SoonestAsync(10)).Select(free => free.Id).Should().NotContain(slot.Id);
    }

    [Fact]
    public async Task BookAsync_SlotTakenByAnother_OffersOtherTimesClosestFirst()
    {
        // Arrange
        var slot = (await Harness.SoonestAsync(1))[0];
        (await Harness.Provider.BookAsync(BookingHarness.Request(slot))).Should().BeOfType<BookingResult.Confirmed>();

        // Act
        var result = await Harness.Provider.BookAsync(BookingHarness.Request(slot, BookingHarness.Person("user-2")));

        // Assert: the same time with the other practitioner is the closest alternative.
        var taken = result.Should().BeOfType<BookingResult.SlotTaken>().Subject;
        taken.Alternatives.Should().HaveCount(3).And.NotContain(alternative => alternative.Id == slot.Id);
        taken.Alternatives[0].Start.Should().Be(slot.Start);
        taken.Alternatives[0].PractitionerId.Should().Be("bo");
    }

    [Fact]
    public async Task BookAsync_HundredConversationsForOneSlot_ExactlyOneGetsIt()
    {
        // Arrange
        var slot = (await Harness.SoonestAsync(1))[0];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await Harness.Provider.BookAsync(BookingHarness.Request(slot, BookingHarness.Person($"user-{i}")));
        })).ToList();

        // Act
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        // Assert
        results.OfType<BookingResult.Confirmed>().Should().ContainSingle();
        var taken = results.OfType<BookingResult.SlotTaken>().ToList();
        taken.Should().HaveCount(99);
        taken.Should().OnlyContain(result => result.Alternatives.Count > 0 && result.Alternatives.All(alternative => alternative.Id != slot.Id));
        (await CountAsync("SELECT count(*) FROM booking_appointments")).Should().Be(1);
    }

    [Fact]
    public async Task BookAsync_TwoHostsOnOneDatabase_SecondHostSeesTheSlotTaken()
    {
        // Arrange
        using var otherHost = new BookingHarness(await CreateStoreAsync());
        var slot = (await Harness.SoonestAsync(1))[0];
        (await Harness.Provider.BookAsync(BookingHarness.Request(slot))).Should().BeOfType<BookingResult.Confirmed>();

        // Act
        var seen = await otherHost.SoonestAsync(10);
        var result = await otherHost.Provider.BookAsync(BookingHarness.Request(slot, BookingHarness.Person("user-2")));

        // Assert
        seen.Select(free => free.Id).Should().NotContain(slot.Id);
        result.Should().BeOfType<BookingResult.SlotTaken>();
    }

    [Fact]
    public async Task CancelAsync_Owner_CancelsAndFreesTheSlot()
    {
        // Arrange
        var slot = (await Harness.SoonestAsync(1))[0];
        var booked = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slot));

        // Act: typed as a person would ("hb-xxx xxx").
        var typed = booked.Reference.ToLowerInvariant().Insert(6, " ");
        var result = await Harness.Provider.CancelAsync(typed, BookingHarness.Person());

        // Assert
        result.Should().BeOfType<CancelResult.Cancelled>().Which.Appointment.Status.Should().Be(AppointmentStatus.Cancelled);
        (await Harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().ContainSingle().Which.Status.Should().Be(AppointmentStatus.Cancelled);
        (await Harness.Provider.BookAsync(BookingHarness.Request(slot, BookingHarness.Person("user-2")))).Should().BeOfType<BookingResult.Confirmed>();
    }

    [Fact]
    public async Task CancelAsync_OtherPersonOrOtherChannel_NotFoundAndStillBooked()
    {
        var slot = (await Harness.SoonestAsync(1))[0];
        var booked = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slot, PersonKey.For("webchat", "user-1")));

        var byOther = await Harness.Provider.CancelAsync(booked.Reference, PersonKey.For("webchat", "user-2"));
        var fromSms = await Harness.Provider.CancelAsync(booked.Reference, PersonKey.For("sms", "user-1"));

        byOther.Should().BeOfType<CancelResult.NotFound>();
        fromSms.Should().BeOfType<CancelResult.NotFound>();
        (await Harness.Provider.FindByPersonAsync(PersonKey.For("webchat", "user-1"))).Should().ContainSingle().Which.Status.Should().Be(AppointmentStatus.Confirmed);
        (await Harness.Provider.FindByPersonAsync(PersonKey.For("sms", "user-1"))).Should().BeEmpty();
    }

    [Fact]
    public async Task CancelAsync_TwiceOrAfterTheStartOrUnknown_SaysWhy()
    {
        // Arrange
        var slots = await Harness.SoonestAsync(2);
        var first = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slots[0]));
        var second = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slots[1]));
        await Harness.Provider.CancelAsync(first.Reference, BookingHarness.Person());

        // Act
        var again = await Harness.Provider.CancelAsync(first.Reference, BookingHarness.Person());
        Harness.Clock.UtcNow = slots[1].Start.AddMinutes(5);
        var late = await Harness.Provider.CancelAsync(second.Reference, BookingHarness.Person());
        var unknown = await Harness.Provider.CancelAsync("HB-AAAAAA", BookingHarness.Person());
        var garbage = await Harness.Provider.CancelAsync("hello", BookingHarness.Person());

        // Assert
        again.Should().BeOfType<CancelResult.AlreadyCancelled>();
        late.Should().BeOfType<CancelResult.TooLate>().Which.Appointment.Status.Should().Be(AppointmentStatus.Confirmed);
        unknown.Should().BeOfType<CancelResult.NotFound>();
        garbage.Should().BeOfType<CancelResult.NotFound>();
    }

    [Fact]
    public async Task DeletePersonDataAsync_ConfirmedFutureBooking_KeepsOnlyWhatTheClinicNeeds()
    {
        // Arrange: one confirmed booking with triage, one cancelled, one kept request; and someone else's booking.
        var person = BookingHarness.Person();
        var slots = await Harness.SoonestAsync(4);
        var kept = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slots[0], triage: BookingHarness.Triage()));
        var cancelled = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slots[1]));
        await Harness.Provider.CancelAsync(cancelled.Reference, person);
        Harness.Store.Down = true;
        (await Harness.Provider.BookAsync(BookingHarness.Request(slots[2]))).Should().BeOfType<BookingResult.Pending>();
        Harness.Store.Down = false;
        var other = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slots[3], BookingHarness.Person("user-2"), triage: BookingHarness.Triage()));
        Harness.Clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var count = await Harness.Provider.DeletePersonDataAsync(person);

        // Assert
        count.Should().Be(3);
        var minimal = await Harness.Store.FindAppointmentAsync(kept.Reference);
        minimal.Should().NotBeNull();
        minimal!.Status.Should().Be(AppointmentStatus.Confirmed);
        (minimal.ClinicId, minimal.PractitionerId, minimal.StartsAt, minimal.ContactName, minimal.ContactPhone)
            .Should().Be((slots[0].ClinicId, slots[0].PractitionerId!, slots[0].Start, "Karen Sørensen", "+4522334455"));
        (minimal.PersonKey, minimal.ContactEmail, minimal.Language, minimal.Triage).Should().Be(((string?)null, (string?)null, (string?)null, (string?)null));
        minimal.MinimizedAt.Should().Be(Harness.Clock.UtcNow);
        (await Harness.Store.FindAppointmentAsync(cancelled.Reference)).Should().BeNull();
        (await Harness.Provider.FindPendingByPersonAsync(person)).Should().BeEmpty();
        (await Harness.Provider.FindByPersonAsync(person)).Should().BeEmpty();
        (await CountAsync("SELECT count(*) FROM booking_requests")).Should().Be(0);
        (await Harness.SoonestAsync(10)).Select(free => free.Id).Should().NotContain(slots[0].Id, "the clinic still expects the person");
        var untouched = await Harness.Store.FindAppointmentAsync(other.Reference);
        (untouched!.PersonKey, untouched.ContactEmail).Should().Be((BookingHarness.Person("user-2").Value, "karen@example.dk"));
        untouched.Triage.Should().NotBeNull();
    }

    [Fact]
    public async Task BookAsync_DatabaseDown_PendingThenTheRetryJobBooksIt()
    {
        // Arrange
        var slot = await TuesdayTenAsync();
        Harness.Store.Down = true;

        // Act: the person confirms while the database is away.
        var result = await Harness.Provider.BookAsync(BookingHarness.Request(slot, triage: BookingHarness.Triage()));

        // Assert: told the truth, and the request is kept.
        var pending = result.Should().BeOfType<BookingResult.Pending>().Subject;
        (await Harness.Provider.FindPendingByPersonAsync(BookingHarness.Person())).Should().ContainSingle()
            .Which.Should().Match<PendingBooking>(request => request.RequestId == pending.RequestId && request.Status == PendingBookingStatus.Retrying && request.SlotStart == slot.Start);
        (await Harness.Job.RunOnceAsync()).Booked.Should().Be(0, "the first retry is not due yet");

        // Act: the database is back and the retry falls due.
        Harness.Store.Down = false;
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = await Harness.Job.RunOnceAsync();

        // Assert: booked with everything the person entered.
        run.Booked.Should().Be(1);
        var booked = (await Harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().ContainSingle().Subject;
        booked.Slot.Id.Should().Be(slot.Id);
        booked.Reference.Should().MatchRegex(ReferenceFormat);
        var stored = await Harness.Store.FindAppointmentAsync(booked.Reference);
        (stored!.RequestId, stored.ContactName, stored.ContactPhone, stored.ContactEmail).Should().Be((pending.RequestId, "Karen Sørensen", "+4522334455", "karen@example.dk"));
        stored.Triage.Should().Contain("\"timing\":\"morning\"");
        (await Harness.Provider.FindPendingByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
    }

    [Fact]
    public async Task BookAsync_DatabaseCannotEvenKeepTheRequest_HeldInMemoryUntilStoredAndBooked()
    {
        // Arrange
        var slot = await TuesdayTenAsync();
        Harness.Store.Down = true;
        Harness.Store.SaveDown = true;

        // Act
        var result = await Harness.Provider.BookAsync(BookingHarness.Request(slot));
        var whileDown = await Harness.Job.RunOnceAsync();
        Harness.Store.Down = false;
        Harness.Store.SaveDown = false;
        var first = await Harness.Job.RunOnceAsync();
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Harness.Job.RunOnceAsync();

        // Assert
        result.Should().BeOfType<BookingResult.Pending>();
        whileDown.Stored.Should().Be(0);
        first.Stored.Should().Be(1);
        second.Booked.Should().Be(1);
        Harness.Buffer.Count.Should().Be(0);
        (await Harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().ContainSingle().Which.Slot.Id.Should().Be(slot.Id);
    }

    [Fact]
    public async Task RetryJob_DatabaseStaysDown_HandsToStaffAndLogsNoPersonalData()
    {
        // Arrange: three attempts in all (the one in the conversation counts).
        var slot = await TuesdayTenAsync();
        Harness.Store.Down = true;
        var pending = (BookingResult.Pending)await Harness.Provider.BookAsync(BookingHarness.Request(slot, triage: BookingHarness.Triage()));

        // Act
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Harness.Job.RunOnceAsync();
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var notYet = await Harness.Job.RunOnceAsync();
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await Harness.Job.RunOnceAsync();

        // Assert
        second.Deferred.Should().Be(1);
        (notYet.Deferred + notYet.HandedToStaff).Should().Be(0, "the wait doubles to two minutes");
        third.HandedToStaff.Should().Be(1);
        var request = await Harness.Store.FindRequestAsync(pending.RequestId);
        (request!.Status, request.Attempts, request.ContactName, request.ContactPhone).Should().Be((BookingRequestStatus.NeedsStaff, 3, "Karen Sørensen", "+4522334455"));
        (await Harness.Provider.FindPendingByPersonAsync(BookingHarness.Person())).Should().ContainSingle().Which.Status.Should().Be(PendingBookingStatus.WithStaff);
        Harness.Logs.Lines.Should().Contain(line => line.Contains("needs staff", StringComparison.Ordinal) && line.Contains(pending.RequestId, StringComparison.Ordinal));
        Harness.Logs.Lines.Should().NotContain(line =>
            line.Contains("Karen", StringComparison.OrdinalIgnoreCase) || line.Contains("Sørensen", StringComparison.OrdinalIgnoreCase)
            || line.Contains("22334455", StringComparison.Ordinal) || line.Contains("karen@", StringComparison.OrdinalIgnoreCase)
            || line.Contains("under", StringComparison.OrdinalIgnoreCase) || line.Contains("morning", StringComparison.OrdinalIgnoreCase)
            || line.Contains(BookingHarness.Person().UserHash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryJob_SlotTakenMeanwhile_HandsToStaffInsteadOfChoosingAnotherTime()
    {
        // Arrange
        var slot = await TuesdayTenAsync();
        Harness.Store.Down = true;
        var pending = (BookingResult.Pending)await Harness.Provider.BookAsync(BookingHarness.Request(slot));
        Harness.Store.Down = false;
        (await Harness.Provider.BookAsync(BookingHarness.Request(slot, BookingHarness.Person("user-2")))).Should().BeOfType<BookingResult.Confirmed>();
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));

        // Act
        var run = await Harness.Job.RunOnceAsync();

        // Assert
        run.HandedToStaff.Should().Be(1);
        var request = await Harness.Store.FindRequestAsync(pending.RequestId);
        (request!.Status, request.LastError).Should().Be((BookingRequestStatus.NeedsStaff, "slot_taken"));
        (await Harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
    }

    [Fact]
    public async Task RetryJob_TimeTooCloseWhenTheDatabaseIsBack_HandsToStaff()
    {
        // Arrange: the soonest slot sits right at the 2-hour notice; a minute later it is inside it.
        var slot = (await Harness.SoonestAsync(1))[0];
        Harness.Store.Down = true;
        var pending = (BookingResult.Pending)await Harness.Provider.BookAsync(BookingHarness.Request(slot));
        Harness.Store.Down = false;
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));

        // Act
        var run = await Harness.Job.RunOnceAsync();

        // Assert
        run.HandedToStaff.Should().Be(1);
        (await Harness.Store.FindRequestAsync(pending.RequestId))!.LastError.Should().Be("time_passed");
        (await CountAsync("SELECT count(*) FROM booking_appointments")).Should().Be(0);
    }

    [Fact]
    public async Task CancelAsync_PendingRequestId_WithdrawsItSoItIsNotRetried()
    {
        var slot = await TuesdayTenAsync();
        Harness.Store.Down = true;
        var pending = (BookingResult.Pending)await Harness.Provider.BookAsync(BookingHarness.Request(slot));
        Harness.Store.Down = false;

        var byOther = await Harness.Provider.CancelAsync(pending.RequestId, BookingHarness.Person("user-2"));
        var byOwner = await Harness.Provider.CancelAsync(pending.RequestId, BookingHarness.Person());
        Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = await Harness.Job.RunOnceAsync();

        byOther.Should().BeOfType<CancelResult.NotFound>();
        byOwner.Should().Be(new CancelResult.RequestWithdrawn(pending.RequestId));
        run.Should().Be(new BookingRetryRun(0, 0, 0, 0));
        (await Harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
    }

    [Fact]
    public async Task SeedAsync_AgainAndAfterAScheduleChange_IdempotentAndBookedSlotsKept()
    {
        // Arrange: slots opened once, and one booked.
        var slot = (await Harness.SoonestAsync(1))[0];
        var booked = (BookingResult.Confirmed)await Harness.Provider.BookAsync(BookingHarness.Request(slot));
        var slotRows = await CountAsync("SELECT count(*) FROM booking_slots");

        // Act 1: a restart with the same schedule.
        var restarted = new BookingScheduleSync(Harness.Schedule, Harness.Store, Harness.Clock);
        await restarted.EnsureSlotsAsync(TestSchedules.Clinic);

        // Assert 1
        (await CountAsync("SELECT count(*) FROM booking_slots")).Should().Be(slotRows);
        (await CountAsync("SELECT count(*) FROM booking_clinics")).Should().Be(3);
        (await CountAsync("SELECT count(*) FROM booking_practitioners")).Should().Be(3);

        // Act 2: Monday opens at 10:00 now, and Bo has left.
        var changed = BookingSchedule.Parse(TestSchedules.Yaml.Replace("mon: [\"08:00-12:00\"]", "mon: [\"10:00-12:00\"]", StringComparison.Ordinal)
            .Replace("      - { id: bo, name: Bo, days: [mon, wed] }\n", string.Empty, StringComparison.Ordinal));
        var resetClinics = await Harness.Store.SeedAsync(changed, Harness.Clock.UtcNow);
        await new BookingScheduleSync(changed, Harness.Store, Harness.Clock).EnsureSlotsAsync(TestSchedules.Clinic);
        var free = await Harness.Store.FindFreeSlotsAsync(TestSchedules.Clinic, TestSchedules.Local(3, 23, 0), TestSchedules.Local(3, 24, 0));

        // Assert 2
        resetClinics.Should().BeEquivalentTo([TestSchedules.Clinic, TestSchedules.LinkOutClinic], "both use the default hours; Carl's clinic has its own");
        free.Select(s => (s.PractitionerId, s.StartsAt)).Should().Equal(
            ("anne", TestSchedules.Local(3, 23, 10)), ("anne", TestSchedules.Local(3, 23, 10, 30)), ("anne", TestSchedules.Local(3, 23, 11)), ("anne", TestSchedules.Local(3, 23, 11, 30)));
        (await Harness.Store.FindAppointmentAsync(booked.Reference))!.Status.Should().Be(AppointmentStatus.Confirmed);
        (await CountAsync($"SELECT count(*) FROM booking_slots WHERE practitioner_id = 'anne' AND starts_at < {TimeLiteral(TestSchedules.Local(3, 23, 9, 30))}"))
            .Should().Be(1, "the booked 09:00 slot stays although Monday now opens at 10:00");
    }

    [Fact]
    public async Task EnsureCreatedAsync_ManyTimesAndHosts_AppliesTheMigrationOnce()
    {
        var stores = new List<IBookingStore> { Harness.Store, await CreateStoreAsync(), await CreateStoreAsync() };

        await Task.WhenAll(stores.Select(store => store.EnsureCreatedAsync()));
        await Task.WhenAll(stores.Select(store => store.EnsureCreatedAsync()));

        (await CountAsync("SELECT count(*) FROM booking_schema_version")).Should().Be(1);
    }

    /// <summary>A new "host": its own store (and connections) on the same database.</summary>
    protected abstract Task<IBookingStore> CreateStoreAsync();

    protected abstract Task DisposeStoresAsync();

    /// <summary>Runs a <c>SELECT count(*)</c> on the database behind the stores.</summary>
    protected abstract Task<long> CountAsync(string sql);

    /// <summary>An instant as a SQL literal the backend compares with <c>starts_at</c>.</summary>
    protected abstract string TimeLiteral(DateTimeOffset instant);

    /// <summary>A slot a day ahead, so a retry minutes later is still well within the notice.</summary>
    private async Task<BookingSlot> TuesdayTenAsync() =>
        (await Harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic) { Wish = TestSchedules.Local(3, 24, 10), MaxCount = 1 }))[0];

    private Task<IReadOnlyList<BookingSlot>> SlotsOnAsync(int month, int day) =>
        Harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic) { Earliest = TestSchedules.Local(month, day, 0), Latest = TestSchedules.Local(month, day, 23, 59), MaxCount = 50 });
}
