using System.Globalization;
using System.Threading.RateLimiting;
using HeelBot.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Per-address request limits for the channels that take messages from the internet (<c>/api/messages</c> and
/// Direct Line), answered with 429 and <c>Retry-After</c>. The SMS webhook has its own limits (per address and per
/// phone, see <c>TwilioSmsRateLimiter</c>), so it is not counted here twice.
/// </summary>
public static class RequestRateLimiting
{
    public static IServiceCollection AddRequestRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<RequestRateLimitOptions>(configuration.GetSection(RequestRateLimitOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestRateLimitOptions>>((limiter, options) =>
        {
            var settings = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : Math.Max(1, (int)Math.Ceiling(settings.Window.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                settings.PermitLimit <= 0 || !IsLimited(http.Request.Path)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 }));
        });
        return services;
    }

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(DirectLineEndpoints.BasePath, StringComparison.OrdinalIgnoreCase);
}
