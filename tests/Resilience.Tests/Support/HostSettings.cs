using System.Globalization;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>The configuration keys an operator would set for hosts sharing one PostgreSQL database.</summary>
public static class HostSettings
{
    /// <summary>The Direct Line secret every test host accepts (so tokens from one are good on the others).</summary>
    public const string DirectLineSecret = "resilience-tests-directline-secret-7f3a9c";

    public static Dictionary<string, string> Postgres(string connectionString, int maxRetryAttempts = 4) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connectionString,
        ["Storage:Postgres:MaxRetryAttempts"] = maxRetryAttempts.ToString(CultureInfo.InvariantCulture),
        ["DirectLine:Secrets:0"] = DirectLineSecret,

        // The tests send from one address faster than a person types; the limiter has tests of its own.
        ["RateLimiting:PermitLimit"] = "0",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };
}
