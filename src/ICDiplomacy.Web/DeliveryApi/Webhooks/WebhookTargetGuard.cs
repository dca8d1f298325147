using System.Net;
using System.Net.Sockets;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Keeps webhooks from reaching the server's own network (SSRF, SECURITY-GUIDE §1.2): URLs naming loopback,
/// link-local, private, shared or multicast addresses are refused when saved, and every connection checks the
/// addresses the host name resolves to at send time, so a name that later resolves inwards (DNS rebinding)
/// is refused too. <see cref="WebhookOptions.AllowPrivateNetworkTargets"/> turns both checks off.
/// </summary>
public static class WebhookTargetGuard
{
    /// <summary>Why <paramref name="uri"/> may not be a webhook target, or null when it may.</summary>
    public static string? CheckUrl(Uri uri, bool allowPrivateNetworkTargets)
    {
        if (allowPrivateNetworkTargets)
        {
            return null;
        }

        var host = uri.IdnHost.Trim('[', ']').TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "The URL names this machine (localhost); webhooks may only call public addresses.";
        }

        return IPAddress.TryParse(host, out var address) && IsBlocked(address)
            ? $"The URL names a loopback, link-local or private address ({address}); webhooks may only call public addresses."
            : null;
    }

    /// <summary>True for every address that is not a public unicast one.</summary>
    public static bool IsBlocked(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 or >= 224                // "this" network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] is >= 64 and <= 127)       // shared address space (carrier-grade NAT)
                || (b[0] == 169 && b[1] == 254)                    // link-local, cloud metadata endpoints
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)    // IETF protocol assignments, documentation
                || (b[0] == 198 && b[1] is 18 or 19);              // benchmarking
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return true; // ::, ::1 and the retired IPv4-compatible ::a.b.c.d
        }

        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return true; // unique local fc00::/7
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that decides where the packet goes.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsBlocked(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return bytes[0] == 0x20 && bytes[1] == 0x02 && IsBlocked(new IPAddress(bytes.AsSpan(2, 4)));
    }

    /// <summary>
    /// The webhook client's connection step: resolves the host, drops blocked addresses and connects to the
    /// first remaining one, so the checked address is the one connected to.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivateNetworkTargets, CancellationToken ct)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = allowPrivateNetworkTargets ? addresses : addresses.Where(a => !IsBlocked(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                HttpRequestError.ConnectionError,
                $"Refused: {host} resolves only to loopback, link-local or private addresses (Webhook:AllowPrivateNetworkTargets is off).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
