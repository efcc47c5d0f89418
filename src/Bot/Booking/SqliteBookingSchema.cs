using Microsoft.Data.Sqlite;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The booking tables in SQLite and their migrator. They may share a database file with the state store, so every
/// name starts with <c>booking_</c> and the applied versions go in <c>booking_schema_version</c>, never in the state
/// store's <c>schema_version</c>. All of it runs in one <c>BEGIN IMMEDIATE</c> transaction: a second host starting
/// at the same time waits, then finds nothing left to do.
/// </summary>
internal static class SqliteBookingSchema
{
    public static IReadOnlyList<BookingMigration> Migrations { get; } =
    [
        new(1, "booking_schedule", """
            CREATE TABLE booking_clinics (
                clinic_id     TEXT NOT NULL PRIMARY KEY,
                mode          TEXT NOT NULL CHECK (mode IN ('builtin', 'linkout')),
                -- BookingScheduleFingerprint of the settings that decide the slots; a change rebuilds future free slots.
                settings_hash TEXT NOT NULL,
                updated_at    TEXT NOT NULL
            );

            CREATE TABLE booking_practitioners (
                clinic_id       TEXT    NOT NULL,
                practitioner_id TEXT    NOT NULL,
                name            TEXT    NOT NULL,
                -- 0 once the practitioner left schedule.yml: their booked appointments still show a name.
                active          INTEGER NOT NULL,
                PRIMARY KEY (clinic_id, practitioner_id)
            );

            -- Instants are UTC text 'yyyy-MM-ddTHH:mm:ss.fffffffZ': text order is time order, equal instants are equal text.
            CREATE TABLE booking_slots (
                clinic_id       TEXT NOT NULL,
                practitioner_id TEXT NOT NULL,
                starts_at       TEXT NOT NULL,
                ends_at         TEXT NOT NULL,
                PRIMARY KEY (clinic_id, practitioner_id, starts_at)
            );

            CREATE INDEX ix_booking_slots_clinic_start ON booking_slots (clinic_id, starts_at);

            CREATE TABLE booking_appointments (
                reference       TEXT NOT NULL PRIMARY KEY,
                clinic_id       TEXT NOT NULL,
                practitioner_id TEXT NOT NULL,
                starts_at       TEXT NOT NULL,
                ends_at         TEXT NOT NULL,
                status          TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                -- NULL after "slet mine data": then only clinic, practitioner, time, name and phone remain.
                person_key      TEXT NULL,
                contact_name    TEXT NOT NULL,
                contact_phone   TEXT NOT NULL,
                contact_email   TEXT NULL,
                language        TEXT NULL,
                triage          TEXT NULL,
                request_id      TEXT NULL,
                created_at      TEXT NOT NULL,
                cancelled_at    TEXT NULL,
                minimized_at    TEXT NULL
            );

            -- The double-booking guard: one confirmed appointment per practitioner and start. Cancelled rows do not count.
            CREATE UNIQUE INDEX ux_booking_appointments_active_slot ON booking_appointments (clinic_id, practitioner_id, starts_at) WHERE status = 'confirmed';
            CREATE INDEX ix_booking_appointments_person ON booking_appointments (person_key);

            CREATE TABLE booking_requests (
                request_id      TEXT    NOT NULL PRIMARY KEY,
                person_key      TEXT    NOT NULL,
                clinic_id       TEXT    NOT NULL,
                practitioner_id TEXT    NOT NULL,
                starts_at       TEXT    NOT NULL,
                ends_at         TEXT    NOT NULL,
                contact_name    TEXT    NOT NULL,
                contact_phone   TEXT    NOT NULL,
                contact_email   TEXT    NULL,
                language        TEXT    NOT NULL,
                triage          TEXT    NULL,
                status          TEXT    NOT NULL CHECK (status IN ('pending', 'needs_staff')),
                attempts        INTEGER NOT NULL,
                next_attempt_at TEXT    NOT NULL,
                created_at      TEXT    NOT NULL,
                updated_at      TEXT    NOT NULL,
                -- An exception type or a reason word; never personal data.
                last_error      TEXT    NULL
            );

            CREATE INDEX ix_booking_requests_due ON booking_requests (status, next_attempt_at);
            CREATE INDEX ix_booking_requests_person ON booking_requests (person_key);
            """),
    ];

    public static async Task MigrateAsync(SqliteConnection connection, bool useWriteAheadLog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (useWriteAheadLog)
        {
            // WAL lets readers go on while one writer writes; switched only when needed (it takes an exclusive lock).
            using var mode = connection.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode;";
            if (!string.Equals((string?)await mode.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), "wal", StringComparison.OrdinalIgnoreCase))
            {
                mode.CommandText = "PRAGMA journal_mode = WAL;";
                await mode.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS booking_schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = new HashSet<long>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT version FROM booking_schema_version;";
            using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt64(0));
            }
        }

        foreach (var migration in Migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            command.CommandText = "INSERT INTO booking_schema_version (version, name, applied_at) VALUES ($version, $name, $appliedAt);";
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$name", migration.Name);
            command.Parameters.AddWithValue("$appliedAt", BookingTimestamps.ToText(now));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
    }
}
