using Npgsql;
using NpgsqlTypes;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The booking tables in PostgreSQL and their migrator, in the first schema of the search path (beside the state
/// store's <c>bot_state</c>; every name starts with <c>booking_</c>, versions go in <c>booking_schema_version</c>).
/// One transaction that first takes an advisory lock of its own: hosts starting together migrate once.
/// </summary>
internal static class PostgresBookingSchema
{
    /// <summary>"HBBK": the advisory-lock class of the booking migrations (the state store's is another).</summary>
    private const int AdvisoryLockClass = 0x4842424B;

    public static IReadOnlyList<BookingMigration> Migrations { get; } =
    [
        new(1, "booking_schedule", """
            CREATE TABLE booking_clinics (
                clinic_id     text        NOT NULL PRIMARY KEY,
                mode          text        NOT NULL CHECK (mode IN ('builtin', 'linkout')),
                -- BookingScheduleFingerprint of the settings that decide the slots; a change rebuilds future free slots.
                settings_hash text        NOT NULL,
                updated_at    timestamptz NOT NULL
            );

            CREATE TABLE booking_practitioners (
                clinic_id       text    NOT NULL,
                practitioner_id text    NOT NULL,
                name            text    NOT NULL,
                -- false once the practitioner left schedule.yml: their booked appointments still show a name.
                active          boolean NOT NULL,
                PRIMARY KEY (clinic_id, practitioner_id)
            );

            CREATE TABLE booking_slots (
                clinic_id       text        NOT NULL,
                practitioner_id text        NOT NULL,
                starts_at       timestamptz NOT NULL,
                ends_at         timestamptz NOT NULL,
                PRIMARY KEY (clinic_id, practitioner_id, starts_at)
            );

            CREATE INDEX ix_booking_slots_clinic_start ON booking_slots (clinic_id, starts_at);

            CREATE TABLE booking_appointments (
                reference       text        NOT NULL PRIMARY KEY,
                clinic_id       text        NOT NULL,
                practitioner_id text        NOT NULL,
                starts_at       timestamptz NOT NULL,
                ends_at         timestamptz NOT NULL,
                status          text        NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                -- NULL after "slet mine data": then only clinic, practitioner, time, name and phone remain.
                person_key      text        NULL,
                contact_name    text        NOT NULL,
                contact_phone   text        NOT NULL,
                contact_email   text        NULL,
                language        text        NULL,
                triage          text        NULL,
                request_id      text        NULL,
                created_at      timestamptz NOT NULL,
                cancelled_at    timestamptz NULL,
                minimized_at    timestamptz NULL
            );

            -- The double-booking guard: one confirmed appointment per practitioner and start. Cancelled rows do not count.
            CREATE UNIQUE INDEX ux_booking_appointments_active_slot ON booking_appointments (clinic_id, practitioner_id, starts_at) WHERE status = 'confirmed';
            CREATE INDEX ix_booking_appointments_person ON booking_appointments (person_key);

            CREATE TABLE booking_requests (
                request_id      text        NOT NULL PRIMARY KEY,
                person_key      text        NOT NULL,
                clinic_id       text        NOT NULL,
                practitioner_id text        NOT NULL,
                starts_at       timestamptz NOT NULL,
                ends_at         timestamptz NOT NULL,
                contact_name    text        NOT NULL,
                contact_phone   text        NOT NULL,
                contact_email   text        NULL,
                language        text        NOT NULL,
                triage          text        NULL,
                status          text        NOT NULL CHECK (status IN ('pending', 'needs_staff')),
                attempts        integer     NOT NULL,
                next_attempt_at timestamptz NOT NULL,
                created_at      timestamptz NOT NULL,
                updated_at      timestamptz NOT NULL,
                -- An exception type or a reason word; never personal data.
                last_error      text        NULL
            );

            CREATE INDEX ix_booking_requests_due ON booking_requests (status, next_attempt_at);
            CREATE INDEX ix_booking_requests_person ON booking_requests (person_key);
            """),
    ];

    public static async Task MigrateAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockClass}, hashtext(coalesce(current_schema(), '')));", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS booking_schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);",
            cancellationToken).ConfigureAwait(false);

        var applied = new HashSet<int>();
        await using (var select = new NpgsqlCommand("SELECT version FROM booking_schema_version;", connection, transaction))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in Migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO booking_schema_version (version, name, applied_at) VALUES ($1, $2, $3);", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
            record.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = now.ToUniversalTime() });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
