using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Fixed window per client address for the anonymous check endpoint. IPv6 clients are grouped by /64, the
/// block one subscriber usually holds, so rotating addresses inside it does not multiply the allowance.
/// Behind a reverse proxy the app must apply forwarded headers first, or every client shares one window.
/// </summary>
internal sealed class BalanceCheckRateLimitPolicy(IOptions<RegionalBalanceOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            PartitionKey(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.RateLimitPermitLimit,
                Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    internal static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many balance checks.",
                detail: $"This address has used its {options.Value.RateLimitPermitLimit} checks for now; try again in {seconds} s.")
            .ExecuteAsync(context.HttpContext);
    }
}
