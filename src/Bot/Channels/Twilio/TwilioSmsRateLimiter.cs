using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// The webhook's two partitioned limits (the limiters ASP.NET Core's rate-limiting middleware is built on), applied
/// by the endpoint itself because the phone number is only known, and only trustworthy, once the form is read
/// and its signature checked. The partition keys are client addresses and hashed phone ids, never numbers.
/// </summary>
public sealed class TwilioSmsRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perPhone;

    public TwilioSmsRateLimiter(IOptions<TwilioSmsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _perAddress = Create(options.Value.PerIpAddress);
        _perPhone = Create(options.Value.PerPhoneNumber);
    }

    public RateLimitLease AcquireForAddress(IPAddress? address) => _perAddress.AttemptAcquire(address?.ToString() ?? "unknown");

    public RateLimitLease AcquireForPhone(string phoneId) => _perPhone.AttemptAcquire(phoneId);

    public void Dispose()
    {
        _perAddress.Dispose();
        _perPhone.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(TwilioRateLimitOptions limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.PermitLimit),
            Window = limit.Window > TimeSpan.Zero ? limit.Window : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
