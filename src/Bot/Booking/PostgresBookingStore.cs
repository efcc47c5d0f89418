using HeelBot.Dialogs.Booking;
using Npgsql;
using NpgsqlTypes;

namespace HeelBot.Bot.Booking;

/// <summary>
/// <see cref="IBookingStore"/> in PostgreSQL, for several hosts sharing one database. A reservation is one
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c> against the partial unique index on confirmed slots: PostgreSQL
/// makes concurrent inserts of one slot wait for the first and then do nothing, on whichever host they run.
/// </summary>
/// <remarks>Tables live in the first schema of the connection's search path, as the state store's do.</remarks>
public sealed class PostgresBookingStore : IBookingStore, IDisposable, IAsyncDisposable
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

    private const string AppointmentPrimaryKey = "booking_appointments_pkey";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <param name="connectionString">An Npgsql connection string (with <c>Search Path=…</c> to choose the schema); the store owns the pool it makes.</param>
    public PostgresBookingStore(string connectionString, TimeProvider timeProvider)
        : this(NpgsqlDataSource.Create(connectionString), ownsDataSource: true, timeProvider)
    {
    }

    /// <param name="dataSource">A pool shared with the host's state store; the caller disposes it.</param>
    public PostgresBookingStore(NpgsqlDataSource dataSource, TimeProvider timeProvider)
        : this(dataSource, ownsDataSource: false, timeProvider)
    {
    }

    private PostgresBookingStore(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
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
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await PostgresBookingSchema.MigrateAsync(connection, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = new List<string>();
        foreach (var clinic in schedule.Clinics)
        {
            var hash = BookingScheduleFingerprint.Of(clinic, schedule.TimeZone);
            await using (var read = Command(connection, transaction, "SELECT settings_hash FROM booking_clinics WHERE clinic_id = @clinic FOR UPDATE", ("clinic", clinic.Id)))
            {
                if ((string?)await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) == hash)
                {
                    continue;
                }
            }

            changed.Add(clinic.Id);
            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO booking_clinics (clinic_id, mode, settings_hash, updated_at) VALUES (@clinic, @mode, @hash, @now)
                ON CONFLICT (clinic_id) DO UPDATE SET mode = excluded.mode, settings_hash = excluded.settings_hash, updated_at = excluded.updated_at;
                UPDATE booking_practitioners SET active = false WHERE clinic_id = @clinic;
                """,
                cancellationToken,
                ("clinic", clinic.Id),
                ("mode", clinic.Mode == BookingMode.LinkOut ? "linkout" : "builtin"),
                ("hash", hash),
                ("now", now)).ConfigureAwait(false);
            foreach (var practitioner in clinic.Practitioners)
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO booking_practitioners (clinic_id, practitioner_id, name, active) VALUES (@clinic, @practitioner, @name, true)
                    ON CONFLICT (clinic_id, practitioner_id) DO UPDATE SET name = excluded.name, active = true
                    """,
                    cancellationToken,
                    ("clinic", clinic.Id),
                    ("practitioner", practitioner.Id),
                    ("name", practitioner.Name)).ConfigureAwait(false);
            }

            await ExecuteAsync(
                connection,
                transaction,
                $"DELETE FROM booking_slots AS s WHERE s.clinic_id = @clinic AND s.starts_at >= @now AND {NoConfirmedAppointment}",
                cancellationToken,
                ("clinic", clinic.Id),
                ("now", now)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    public async Task<int> AddSlotsAsync(IReadOnlyList<BookingScheduleSlot> slots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var bookable = slots.Where(slot => slot.PractitionerId is not null).ToList();
        if (bookable.Count == 0)
        {
            return 0;
        }

        // One statement for the whole batch: unnest turns the four arrays back into rows.
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO booking_slots (clinic_id, practitioner_id, starts_at, ends_at)
            SELECT * FROM unnest(@clinics, @practitioners, @starts, @ends)
            ON CONFLICT DO NOTHING
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("clinics", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. bookable.Select(slot => slot.ClinicId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("practitioners", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. bookable.Select(slot => slot.PractitionerId!)] });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("starts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. bookable.Select(slot => slot.Start.UtcDateTime)] });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("ends", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. bookable.Select(slot => slot.End.UtcDateTime)] });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PruneSlotsAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, null, $"DELETE FROM booking_slots AS s WHERE s.starts_at < @before AND {NoConfirmedAppointment}", cancellationToken, ("before", before)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredSlot>> FindFreeSlotsAsync(string clinicId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT s.clinic_id, s.practitioner_id, p.name, s.starts_at, s.ends_at
            FROM booking_slots s
            JOIN booking_practitioners p ON p.clinic_id = s.clinic_id AND p.practitioner_id = s.practitioner_id AND p.active
            WHERE s.clinic_id = @clinic AND s.starts_at >= @from AND s.starts_at < @to AND {NoConfirmedAppointment}
            ORDER BY s.starts_at, s.practitioner_id
            """,
            ("clinic", clinicId),
            ("from", from),
            ("to", to));
        var slots = new List<StoredSlot>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            slots.Add(new StoredSlot(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return slots;
    }

    public async Task<ReserveOutcome> TryReserveAsync(StoredAppointment appointment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int inserted;
        try
        {
            inserted = await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO booking_appointments (reference, clinic_id, practitioner_id, starts_at, ends_at, status, person_key, contact_name,
                                                  contact_phone, contact_email, language, triage, request_id, created_at)
                SELECT @reference, s.clinic_id, s.practitioner_id, s.starts_at, s.ends_at, 'confirmed', @personKey, @name,
                       @phone, @email, @language, @triage, @requestId, @createdAt
                FROM booking_slots s
                WHERE s.clinic_id = @clinic AND s.practitioner_id = @practitioner AND s.starts_at = @startsAt
                ON CONFLICT (clinic_id, practitioner_id, starts_at) WHERE status = 'confirmed' DO NOTHING
                """,
                cancellationToken,
                ("reference", appointment.Reference),
                ("personKey", appointment.PersonKey),
                ("name", appointment.ContactName),
                ("phone", appointment.ContactPhone),
                ("email", appointment.ContactEmail),
                ("language", appointment.Language),
                ("triage", appointment.Triage),
                ("requestId", appointment.RequestId),
                ("createdAt", appointment.CreatedAt),
                ("clinic", appointment.ClinicId),
                ("practitioner", appointment.PractitionerId),
                ("startsAt", appointment.StartsAt)).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == AppointmentPrimaryKey)
        {
            return ReserveOutcome.ReferenceTaken;
        }

        if (inserted == 0)
        {
            return ReserveOutcome.SlotTaken;
        }

        if (appointment.RequestId is not null)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM booking_requests WHERE request_id = @id", cancellationToken, ("id", appointment.RequestId)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReserveOutcome.Reserved;
    }

    public async Task<StoredAppointment?> FindAppointmentAsync(string reference, CancellationToken cancellationToken = default) =>
        (await ReadAppointmentsAsync($"SELECT {AppointmentColumns} WHERE a.reference = @value", reference, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<StoredAppointment>> FindAppointmentsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadAppointmentsAsync($"SELECT {AppointmentColumns} WHERE a.person_key = @value ORDER BY a.starts_at, a.reference", personKey, cancellationToken);

    public async Task<bool> CancelAppointmentAsync(string reference, string personKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            connection,
            null,
            """
            UPDATE booking_appointments SET status = 'cancelled', cancelled_at = @now
            WHERE reference = @reference AND person_key = @personKey AND status = 'confirmed' AND starts_at > @now
            """,
            cancellationToken,
            ("reference", reference),
            ("personKey", personKey),
            ("now", now)).ConfigureAwait(false) == 1;
    }

    public async Task SaveRequestAsync(StoredBookingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            """
            INSERT INTO booking_requests (request_id, person_key, clinic_id, practitioner_id, starts_at, ends_at, contact_name, contact_phone,
                                          contact_email, language, triage, status, attempts, next_attempt_at, created_at, updated_at, last_error)
            VALUES (@id, @personKey, @clinic, @practitioner, @startsAt, @endsAt, @name, @phone, @email, @language, @triage, @status,
                    @attempts, @next, @createdAt, @updatedAt, @lastError)
            ON CONFLICT (request_id) DO NOTHING
            """,
            cancellationToken,
            ("id", request.RequestId),
            ("personKey", request.PersonKey),
            ("clinic", request.ClinicId),
            ("practitioner", request.PractitionerId),
            ("startsAt", request.StartsAt),
            ("endsAt", request.EndsAt),
            ("name", request.ContactName),
            ("phone", request.ContactPhone),
            ("email", request.ContactEmail),
            ("language", request.Language),
            ("triage", request.Triage),
            ("status", BookingStatusNames.Of(request.Status)),
            ("attempts", request.Attempts),
            ("next", request.NextAttemptAt),
            ("createdAt", request.CreatedAt),
            ("updatedAt", request.UpdatedAt),
            ("lastError", request.LastError)).ConfigureAwait(false);
    }

    public async Task<StoredBookingRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken = default) =>
        (await ReadRequestsAsync($"SELECT {RequestColumns} WHERE request_id = @value", cancellationToken, ("value", requestId)).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<StoredBookingRequest>> FindDueRequestsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ReadRequestsAsync(
            $"SELECT {RequestColumns} WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, request_id LIMIT @max",
            cancellationToken,
            ("now", now),
            ("max", max));

    public Task<IReadOnlyList<StoredBookingRequest>> FindRequestsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadRequestsAsync($"SELECT {RequestColumns} WHERE person_key = @value ORDER BY created_at, request_id", cancellationToken, ("value", personKey));

    public async Task<bool> UpdateRequestAsync(string requestId, BookingRequestStatus status, int attempts, DateTimeOffset nextAttemptAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            connection,
            null,
            """
            UPDATE booking_requests SET status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @lastError, updated_at = @now
            WHERE request_id = @id
            """,
            cancellationToken,
            ("id", requestId),
            ("status", BookingStatusNames.Of(status)),
            ("attempts", attempts),
            ("next", nextAttemptAt),
            ("lastError", lastError),
            ("now", now)).ConfigureAwait(false) == 1;
    }

    public async Task<bool> DeleteRequestAsync(string requestId, string personKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(
            connection,
            null,
            "DELETE FROM booking_requests WHERE request_id = @id AND person_key = @personKey",
            cancellationToken,
            ("id", requestId),
            ("personKey", personKey)).ConfigureAwait(false) == 1;
    }

    public async Task<int> DeletePersonDataAsync(string personKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = await ExecuteAsync(connection, transaction, "DELETE FROM booking_requests WHERE person_key = @personKey", cancellationToken, ("personKey", personKey)).ConfigureAwait(false);
        count += await ExecuteAsync(connection, transaction, "DELETE FROM booking_appointments WHERE person_key = @personKey AND status = 'cancelled'", cancellationToken, ("personKey", personKey)).ConfigureAwait(false);
        count += await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE booking_appointments
            SET person_key = NULL, contact_email = NULL, language = NULL, triage = NULL, request_id = NULL, minimized_at = @now
            WHERE person_key = @personKey AND status = 'confirmed'
            """,
            cancellationToken,
            ("personKey", personKey),
            ("now", now)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }

        _schemaGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        _schemaGate.Dispose();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value },
                string text => new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = text },
                DateTimeOffset instant => new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = instant.ToUniversalTime() },
                int number => new NpgsqlParameter<int>(name, NpgsqlDbType.Integer) { TypedValue = number },
                _ => throw new ArgumentException($"No PostgreSQL mapping for parameter '{name}' of type {value.GetType().Name}."),
            });
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredAppointment>> ReadAppointmentsAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, ("value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var appointments = new List<StoredAppointment>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            appointments.Add(new StoredAppointment
            {
                Reference = reader.GetString(0),
                ClinicId = reader.GetString(1),
                PractitionerId = reader.GetString(2),
                PractitionerName = NullableString(reader, 3),
                StartsAt = reader.GetFieldValue<DateTimeOffset>(4),
                EndsAt = reader.GetFieldValue<DateTimeOffset>(5),
                Status = BookingStatusNames.ToAppointmentStatus(reader.GetString(6)),
                PersonKey = NullableString(reader, 7),
                ContactName = reader.GetString(8),
                ContactPhone = reader.GetString(9),
                ContactEmail = NullableString(reader, 10),
                Language = NullableString(reader, 11),
                Triage = NullableString(reader, 12),
                RequestId = NullableString(reader, 13),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(14),
                CancelledAt = NullableTime(reader, 15),
                MinimizedAt = NullableTime(reader, 16),
            });
        }

        return appointments;
    }

    private async Task<IReadOnlyList<StoredBookingRequest>> ReadRequestsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var requests = new List<StoredBookingRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            requests.Add(new StoredBookingRequest
            {
                RequestId = reader.GetString(0),
                PersonKey = reader.GetString(1),
                ClinicId = reader.GetString(2),
                PractitionerId = reader.GetString(3),
                StartsAt = reader.GetFieldValue<DateTimeOffset>(4),
                EndsAt = reader.GetFieldValue<DateTimeOffset>(5),
                ContactName = reader.GetString(6),
                ContactPhone = reader.GetString(7),
                ContactEmail = NullableString(reader, 8),
                Language = reader.GetString(9),
                Triage = NullableString(reader, 10),
                Status = BookingStatusNames.ToRequestStatus(reader.GetString(11)),
                Attempts = reader.GetInt32(12),
                NextAttemptAt = reader.GetFieldValue<DateTimeOffset>(13),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(14),
                UpdatedAt = reader.GetFieldValue<DateTimeOffset>(15),
                LastError = NullableString(reader, 16),
            });
        }

        return requests;
    }
}
