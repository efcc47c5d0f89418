using HeelBot.Dialogs.Booking;
using HeelBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HeelBot.Bot.Booking;

/// <summary>
/// <see cref="IBookingStore"/> in SQLite, the default: the bot's own file (it may be the state store's file, the
/// tables are <c>booking_*</c>), or an in-memory database for throwaway runs. Every write is one
/// <c>BEGIN IMMEDIATE</c> transaction, so concurrent writers (threads, or hosts on one file) queue rather than fail,
/// and a reservation is one <c>INSERT … ON CONFLICT DO NOTHING</c> against the unique index on confirmed slots.
/// </summary>
public sealed class SqliteBookingStore : IBookingStore, IDisposable
{
    private const string AppointmentColumns =
        """
        a.reference, a.clinic_id, a.practitioner_id, p.name, a.starts_at, a.ends_at, a.status, a.person_key, a.contact_name,
        a.contact_phone, a.contact_email, a.language, a.triage, a.request_id, a.created_at, a.cancelled_at, a.minimized_at
        FROM booking_appointments a
        LEFT JOIN booking_practitioners p ON p.clinic_id = a.clinic_id AND p.practitioner_id = a.practitioner_id
        """;

    private const string RequestColumns =
        """
        request_id, person_key, clinic_id, practitioner_id, starts_at, ends_at, contact_name, contact_phone, contact_email,
        language, triage, status, attempts, next_attempt_at, created_at, updated_at, last_error
        FROM booking_requests
        """;

    private const string NoConfirmedAppointment =
        """
        NOT EXISTS (SELECT 1 FROM booking_appointments a WHERE a.clinic_id = s.clinic_id AND a.practitioner_id = s.practitioner_id
                    AND a.starts_at = s.starts_at AND a.status = 'confirmed')
        """;

    private readonly SqliteConnectionSource _connections;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <param name="connectionString">E.g. <c>Data Source=data/heelbot.db</c> (the folder is created) or <c>Data Source=:memory:</c>.</param>
    /// <param name="timeProvider">Stamps the schema version rows.</param>
    public SqliteBookingStore(string connectionString, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connections = new SqliteConnectionSource(connectionString);
        _timeProvider = timeProvider;
    }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                using var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
                await SqliteBookingSchema.MigrateAsync(lease.Connection, !_connections.IsInMemory, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public async Task<IReadOnlyList<string>> SeedAsync(BookingSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        using var transaction = connection.BeginTransaction(deferred: false);
        var changed = new List<string>();
        foreach (var clinic in schedule.Clinics)
        {
            var hash = BookingScheduleFingerprint.Of(clinic, schedule.TimeZone);
            using var read = Command(connection, transaction, "SELECT settings_hash FROM booking_clinics WHERE clinic_id = $clinic;", ("$clinic", clinic.Id));
            if ((string?)await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) == hash)
            {
                continue;
            }

            changed.Add(clinic.Id);
            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO booking_clinics (clinic_id, mode, settings_hash, updated_at) VALUES ($clinic, $mode, $hash, $now)
                ON CONFLICT (clinic_id) DO UPDATE SET mode = excluded.mode, settings_hash = excluded.settings_hash, updated_at = excluded.updated_at;
                UPDATE booking_practitioners SET active = 0 WHERE clinic_id = $clinic;
                """,
                cancellationToken,
                ("$clinic", clinic.Id),
                ("$mode", clinic.Mode == BookingMode.LinkOut ? "linkout" : "builtin"),
                ("$hash", hash),
                ("$now", BookingTimestamps.ToText(now))).ConfigureAwait(false);
            foreach (var practitioner in clinic.Practitioners)
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO booking_practitioners (clinic_id, practitioner_id, name, active) VALUES ($clinic, $practitioner, $name, 1)
                    ON CONFLICT (clinic_id, practitioner_id) DO UPDATE SET name = excluded.name, active = 1;
                    """,
                    cancellationToken,
                    ("$clinic", clinic.Id),
                    ("$practitioner", practitioner.Id),
                    ("$name", practitioner.Name)).ConfigureAwait(false);
            }

            await ExecuteAsync(
                connection,
                transaction,
                $"DELETE FROM booking_slots AS s WHERE s.clinic_id = $clinic AND s.starts_at >= $now AND {NoConfirmedAppointment};",
                cancellationToken,
                ("$clinic", clinic.Id),
                ("$now", BookingTimestamps.ToText(now))).ConfigureAwait(false);
        }

        transaction.Commit();
        return changed;
    }

    public async Task<int> AddSlotsAsync(IReadOnlyList<BookingScheduleSlot> slots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slots);
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = lease.Connection.BeginTransaction(deferred: false);
        using var insert = Command(
            lease.Connection,
            transaction,
            "INSERT INTO booking_slots (clinic_id, practitioner_id, starts_at, ends_at) VALUES ($clinic, $practitioner, $start, $end) ON CONFLICT DO NOTHING;");
        var clinic = insert.Parameters.Add("$clinic", SqliteType.Text);
        var practitioner = insert.Parameters.Add("$practitioner", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Text);
        var end = insert.Parameters.Add("$end", SqliteType.Text);
        var added = 0;
        foreach (var slot in slots.Where(slot => slot.PractitionerId is not null))
        {
            clinic.Value = slot.ClinicId;
            practitioner.Value = slot.PractitionerId;
            start.Value = BookingTimestamps.ToText(slot.Start);
            end.Value = BookingTimestamps.ToText(slot.End);
            added += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
        return added;
    }

    public async Task<int> PruneSlotsAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            lease.Connection,
            null,
            $"DELETE FROM booking_slots AS s WHERE s.starts_at < $before AND {NoConfirmedAppointment};",
            cancellationToken,
            ("$before", BookingTimestamps.ToText(before))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredSlot>> FindFreeSlotsAsync(string clinicId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(
            lease.Connection,
            null,
            $"""
            SELECT s.clinic_id, s.practitioner_id, p.name, s.starts_at, s.ends_at
            FROM booking_slots s
            JOIN booking_practitioners p ON p.clinic_id = s.clinic_id AND p.practitioner_id = s.practitioner_id AND p.active = 1
            WHERE s.clinic_id = $clinic AND s.starts_at >= $from AND s.starts_at < $to AND {NoConfirmedAppointment}
            ORDER BY s.starts_at, s.practitioner_id;
            """,
            ("$clinic", clinicId),
            ("$from", BookingTimestamps.ToText(from)),
            ("$to", BookingTimestamps.ToText(to)));
        var slots = new List<StoredSlot>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            slots.Add(new StoredSlot(reader.GetString(0), reader.GetString(1), reader.GetString(2), BookingTimestamps.Parse(reader.GetString(3)), BookingTimestamps.Parse(reader.GetString(4))));
        }

        return slots;
    }

    public async Task<ReserveOutcome> TryReserveAsync(StoredAppointment appointment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = lease.Connection.BeginTransaction(deferred: false);
        int inserted;
        try
        {
            // The WHERE after the SELECT is required: without it SQLite would read ON CONFLICT as part of a join.
            inserted = await ExecuteAsync(
                lease.Connection,
                transaction,
                """
                INSERT INTO booking_appointments (reference, clinic_id, practitioner_id, starts_at, ends_at, status, person_key, contact_name,
                                                  contact_phone, contact_email, language, triage, request_id, created_at)
                SELECT $reference, s.clinic_id, s.practitioner_id, s.starts_at, s.ends_at, 'confirmed', $personKey, $name,
                       $phone, $email, $language, $triage, $requestId, $createdAt
                FROM booking_slots s
                WHERE s.clinic_id = $clinic AND s.practitioner_id = $practitioner AND s.starts_at = $startsAt
                ON CONFLICT (clinic_id, practitioner_id, starts_at) WHERE status = 'confirmed' DO NOTHING;
                """,
                cancellationToken,
                ("$reference", appointment.Reference),
                ("$personKey", appointment.PersonKey),
                ("$name", appointment.ContactName),
                ("$phone", appointment.ContactPhone),
                ("$email", appointment.ContactEmail),
                ("$language", appointment.Language),
                ("$triage", appointment.Triage),
                ("$requestId", appointment.RequestId),
                ("$createdAt", BookingTimestamps.ToText(appointment.CreatedAt)),
                ("$clinic", appointment.ClinicId),
                ("$practitioner", appointment.PractitionerId),
                ("$startsAt", BookingTimestamps.ToText(appointment.StartsAt))).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 19)
        {
            // SQLITE_CONSTRAINT: the slot conflict is absorbed by ON CONFLICT, so this is the reference's primary key.
            return ReserveOutcome.ReferenceTaken;
        }

        if (inserted == 0)
        {
            return ReserveOutcome.SlotTaken;
        }

        if (appointment.RequestId is not null)
        {
            await ExecuteAsync(lease.Connection, transaction, "DELETE FROM booking_requests WHERE request_id = $id;", cancellationToken, ("$id", appointment.RequestId)).ConfigureAwait(false);
        }

        transaction.Commit();
        return ReserveOutcome.Reserved;
    }

    public async Task<StoredAppointment?> FindAppointmentAsync(string reference, CancellationToken cancellationToken = default)
    {
        var found = await ReadAppointmentsAsync($"SELECT {AppointmentColumns} WHERE a.reference = $value;", reference, cancellationToken).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    public Task<IReadOnlyList<StoredAppointment>> FindAppointmentsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadAppointmentsAsync($"SELECT {AppointmentColumns} WHERE a.person_key = $value ORDER BY a.starts_at, a.reference;", personKey, cancellationToken);

    public async Task<bool> CancelAppointmentAsync(string reference, string personKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            lease.Connection,
            null,
            """
            UPDATE booking_appointments SET status = 'cancelled', cancelled_at = $now
            WHERE reference = $reference AND person_key = $personKey AND status = 'confirmed' AND starts_at > $now;
            """,
            cancellationToken,
            ("$reference", reference),
            ("$personKey", personKey),
            ("$now", BookingTimestamps.ToText(now))).ConfigureAwait(false) == 1;
    }

    public async Task SaveRequestAsync(StoredBookingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            lease.Connection,
            null,
            """
            INSERT INTO booking_requests (request_id, person_key, clinic_id, practitioner_id, starts_at, ends_at, contact_name, contact_phone,
                                          contact_email, language, triage, status, attempts, next_attempt_at, created_at, updated_at, last_error)
            VALUES ($id, $personKey, $clinic, $practitioner, $startsAt, $endsAt, $name, $phone, $email, $language, $triage, $status,
                    $attempts, $next, $createdAt, $updatedAt, $lastError)
            ON CONFLICT (request_id) DO NOTHING;
            """,
            cancellationToken,
            ("$id", request.RequestId),
            ("$personKey", request.PersonKey),
            ("$clinic", request.ClinicId),
            ("$practitioner", request.PractitionerId),
            ("$startsAt", BookingTimestamps.ToText(request.StartsAt)),
            ("$endsAt", BookingTimestamps.ToText(request.EndsAt)),
            ("$name", request.ContactName),
            ("$phone", request.ContactPhone),
            ("$email", request.ContactEmail),
            ("$language", request.Language),
            ("$triage", request.Triage),
            ("$status", BookingStatusNames.Of(request.Status)),
            ("$attempts", request.Attempts),
            ("$next", BookingTimestamps.ToText(request.NextAttemptAt)),
            ("$createdAt", BookingTimestamps.ToText(request.CreatedAt)),
            ("$updatedAt", BookingTimestamps.ToText(request.UpdatedAt)),
            ("$lastError", request.LastError)).ConfigureAwait(false);
    }

    public async Task<StoredBookingRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken = default) =>
        (await ReadRequestsAsync($"SELECT {RequestColumns} WHERE request_id = $value;", requestId, null, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<StoredBookingRequest>> FindDueRequestsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ReadRequestsAsync(
            $"SELECT {RequestColumns} WHERE status = 'pending' AND next_attempt_at <= $value ORDER BY next_attempt_at, request_id LIMIT $max;",
            BookingTimestamps.ToText(now),
            max,
            cancellationToken);

    public Task<IReadOnlyList<StoredBookingRequest>> FindRequestsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadRequestsAsync($"SELECT {RequestColumns} WHERE person_key = $value ORDER BY created_at, request_id;", personKey, null, cancellationToken);

    public async Task<bool> UpdateRequestAsync(string requestId, BookingRequestStatus status, int attempts, DateTimeOffset nextAttemptAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            lease.Connection,
            null,
            """
            UPDATE booking_requests SET status = $status, attempts = $attempts, next_attempt_at = $next, last_error = $lastError, updated_at = $now
            WHERE request_id = $id;
            """,
            cancellationToken,
            ("$id", requestId),
            ("$status", BookingStatusNames.Of(status)),
            ("$attempts", attempts),
            ("$next", BookingTimestamps.ToText(nextAttemptAt)),
            ("$lastError", lastError),
            ("$now", BookingTimestamps.ToText(now))).ConfigureAwait(false) == 1;
    }

    public async Task<bool> DeleteRequestAsync(string requestId, string personKey, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            lease.Connection,
            null,
            "DELETE FROM booking_requests WHERE request_id = $id AND person_key = $personKey;",
            cancellationToken,
            ("$id", requestId),
            ("$personKey", personKey)).ConfigureAwait(false) == 1;
    }

    public async Task<int> DeletePersonDataAsync(string personKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = lease.Connection.BeginTransaction(deferred: false);
        var count = 0;
        foreach (var sql in new[]
        {
            "DELETE FROM booking_requests WHERE person_key = $personKey;",
            "DELETE FROM booking_appointments WHERE person_key = $personKey AND status = 'cancelled';",
            """
            UPDATE booking_appointments
            SET person_key = NULL, contact_email = NULL, language = NULL, triage = NULL, request_id = NULL, minimized_at = $now
            WHERE person_key = $personKey AND status = 'confirmed';
            """,
        })
        {
            count += await ExecuteAsync(lease.Connection, transaction, sql, cancellationToken, ("$personKey", personKey), ("$now", BookingTimestamps.ToText(now))).ConfigureAwait(false);
        }

        transaction.Commit();
        return count;
    }

    public void Dispose()
    {
        _connections.Dispose();
        _schemaGate.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : BookingTimestamps.Parse(reader.GetString(ordinal));

    private async Task<SqliteConnectionLease> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredAppointment>> ReadAppointmentsAsync(string sql, string value, CancellationToken cancellationToken)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(lease.Connection, null, sql, ("$value", value));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var appointments = new List<StoredAppointment>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            appointments.Add(new StoredAppointment
            {
                Reference = reader.GetString(0),
                ClinicId = reader.GetString(1),
                PractitionerId = reader.GetString(2),
                PractitionerName = NullableString(reader, 3),
                StartsAt = BookingTimestamps.Parse(reader.GetString(4)),
                EndsAt = BookingTimestamps.Parse(reader.GetString(5)),
                Status = BookingStatusNames.ToAppointmentStatus(reader.GetString(6)),
                PersonKey = NullableString(reader, 7),
                ContactName = reader.GetString(8),
                ContactPhone = reader.GetString(9),
                ContactEmail = NullableString(reader, 10),
                Language = NullableString(reader, 11),
                Triage = NullableString(reader, 12),
                RequestId = NullableString(reader, 13),
                CreatedAt = BookingTimestamps.Parse(reader.GetString(14)),
                CancelledAt = NullableTime(reader, 15),
                MinimizedAt = NullableTime(reader, 16),
            });
        }

        return appointments;
    }

    private async Task<IReadOnlyList<StoredBookingRequest>> ReadRequestsAsync(string sql, string value, int? max, CancellationToken cancellationToken)
    {
        using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(lease.Connection, null, sql, ("$value", value), ("$max", max));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var requests = new List<StoredBookingRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            requests.Add(new StoredBookingRequest
            {
                RequestId = reader.GetString(0),
                PersonKey = reader.GetString(1),
                ClinicId = reader.GetString(2),
                PractitionerId = reader.GetString(3),
                StartsAt = BookingTimestamps.Parse(reader.GetString(4)),
                EndsAt = BookingTimestamps.Parse(reader.GetString(5)),
                ContactName = reader.GetString(6),
                ContactPhone = reader.GetString(7),
                ContactEmail = NullableString(reader, 8),
                Language = reader.GetString(9),
                Triage = NullableString(reader, 10),
                Status = BookingStatusNames.ToRequestStatus(reader.GetString(11)),
                Attempts = reader.GetInt32(12),
                NextAttemptAt = BookingTimestamps.Parse(reader.GetString(13)),
                CreatedAt = BookingTimestamps.Parse(reader.GetString(14)),
                UpdatedAt = BookingTimestamps.Parse(reader.GetString(15)),
                LastError = NullableString(reader, 16),
            });
        }

        return requests;
    }
}
