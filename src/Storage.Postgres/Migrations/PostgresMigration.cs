namespace HeelBot.Storage.Postgres.Migrations;

/// <summary>One numbered schema script, e.g. <c>0001_bot_state.sql</c> → version 1, name "bot_state".</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
