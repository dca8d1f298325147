using System.Net;
using System.Net.Sockets;
using System.Text;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>SSRF protection of webhooks: which addresses are refused, and the check at send time after DNS resolution.</summary>
public sealed class WebhookTargetGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.100.100.200")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::")]
    public void Inward_address_is_blocked(string address) => Assert.True(WebhookTargetGuard.IsBlocked(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.4.4")]
    [InlineData("64:ff9b::808:808")]
    public void Public_address_is_allowed(string address) => Assert.False(WebhookTargetGuard.IsBlocked(IPAddress.Parse(address)));

    [Fact]
    public void Url_check_refuses_localhost_names_and_inward_literals_but_not_public_names()
    {
        Assert.NotNull(WebhookTargetGuard.CheckUrl(new Uri("http://LOCALHOST./x"), allowPrivateNetworkTargets: false));
        Assert.NotNull(WebhookTargetGuard.CheckUrl(new Uri("http://[::ffff:169.254.169.254]/"), allowPrivateNetworkTargets: false));
        Assert.Null(WebhookTargetGuard.CheckUrl(new Uri("https://hooks.example/x"), allowPrivateNetworkTargets: false));
        Assert.Null(WebhookTargetGuard.CheckUrl(new Uri("http://127.0.0.1/x"), allowPrivateNetworkTargets: true));
    }

    [Fact]
    public async Task Sending_to_a_name_that_resolves_to_loopback_is_refused_before_connecting()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (factory, _) = await DeliveryFactory.StartAsync(seed: false);
        await using var _ = factory;

        // Saved while private targets were allowed, or a public name that now resolves inwards (DNS rebinding).
        await QueueAsync(factory, $"http://localhost:{port}/hook");
        await factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        var log = await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookLog.AsNoTracking().SingleAsync());
        Assert.False(log.Succeeded);
        Assert.Null(log.StatusCode);
        Assert.Contains("Refused", log.Error, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Sending_to_loopback_connects_when_the_option_allows_private_targets()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var answered = AnswerOnceAsync(listener);
        var (factory, _) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["Webhook:AllowPrivateNetworkTargets"] = "true" }, seed: false);
        await using var _ = factory;

        await QueueAsync(factory, $"http://127.0.0.1:{port}/hook");
        await factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        Assert.Contains("POST /hook", await answered.WaitAsync(TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
        var log = await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookLog.AsNoTracking().SingleAsync());
        Assert.True(log.Succeeded, log.Error);
    }

    /// <summary>A subscription written straight to the table, bypassing the save-time check, plus one due delivery.</summary>
    private static Task QueueAsync(DeliveryFactory factory, string url) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var subscription = new WebhookSubscription { Key = Guid.NewGuid(), Name = "Inward", Url = url, Events = WebhookEvents.ContentPublish, CreatedUtc = now };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync();
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            SubscriptionId = subscription.Id,
            OutboxMessageId = 1,
            Event = WebhookEvents.ContentPublish,
            EntityKey = Guid.NewGuid(),
            Payload = "{}",
            NextAttemptUtc = now,
            CreatedUtc = now,
        });
        return await db.SaveChangesAsync();
    });

    private static async Task<string> AnswerOnceAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        return received.ToString();
    }
}
