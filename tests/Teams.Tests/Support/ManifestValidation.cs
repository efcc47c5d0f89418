namespace HeelBot.Teams.Tests.Support;

/// <summary>What validate-manifest.mjs found: the schema version used, the newest one bundled, and the errors.</summary>
public sealed record ManifestValidation(string ManifestVersion, string NewestBundledVersion, string SchemaPath, IReadOnlyList<string> Errors);
