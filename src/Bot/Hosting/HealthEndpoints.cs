using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Two probes with two meanings. <c>/healthz</c> is liveness: the process is up and serving HTTP, nothing else is
/// checked, so a database outage never gets a healthy process restarted. <c>/readyz</c> is readiness: this instance
/// can do its work (its storage answers), so a load balancer should send it traffic. App Service's health check
/// uses <c>/readyz</c> (see deploymentTemplates/azure/README.md for why).
/// </summary>
public static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";

    public const string ReadinessPath = "/readyz";

    /// <summary>The tag of the checks <see cref="ReadinessPath"/> runs.</summary>
    public const string ReadinessTag = "ready";

    public const string StorageCheckName = "storage";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The health check service and the readiness checks (today: the storage).</summary>
    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>(StorageCheckName, HealthStatus.Unhealthy, [ReadinessTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // No checks: answering at all is the proof. The plain "Healthy" body is what probes and tests expect.
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });

        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadinessTag),
            ResponseWriter = WriteReadinessAsync,
        });
        return endpoints;
    }

    /// <summary>
    /// A small JSON body beside the status code (200 ready, 503 not): the overall status and each check's status and
    /// description. Exception messages stay in the log: they can name servers and users.
    /// </summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions), context.RequestAborted);
    }
}
