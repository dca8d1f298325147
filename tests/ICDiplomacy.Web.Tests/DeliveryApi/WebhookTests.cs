using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Webhooks fed from the outbox: signed payloads, retries with backoff, the delivery log, replay safety.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "receiver-secret-0123456789";
    private readonly FakeWebhookReceiver _receiver = new();
    private DeliveryFactory _factory = null!;

    public async Task InitializeAsync()
    {
        (_factory, _) = await DeliveryFactory.StartAsync(
            new Dictionary<string, string?> { ["Webhook:Period"] = "00:00:10", ["Webhook:MaximumRetries"] = "2" },
            s => s.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _receiver));
        // Everything the seeding wrote is handled before any subscription exists.
        await DispatchAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Published_report_is_posted_signed_and_retried_with_backoff_until_delivered()
    {
        var webhook = await SubscribeAsync([WebhookEvents.ContentPublish], ["report"]);
        _receiver.Then(HttpStatusCode.InternalServerError);

        await RepublishAsync(SahelReport);
        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(DraftInitiative, null, Editor))).Succeeded);
        await DispatchAsync();
        Assert.Single(await DeliveriesAsync());

        await SendAsync(expectedRequests: 1);
        var queued = Assert.Single(await DeliveriesAsync());
        Assert.Equal(1, queued.RetryCount);
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(10), queued.NextAttemptUtc, TimeSpan.FromSeconds(1));

        // Not due yet: nothing is sent.
        await _factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        Assert.Single(_receiver.Received);

        _factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync(expectedRequests: 2);
        await EventuallyAsync(async () => (await DeliveriesAsync()).Count == 0);

        var attempts = _receiver.Received.ToArray();
        foreach (var (request, body, retry) in attempts.Select((a, i) => (a.Request, a.Body, i)))
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("https://hooks.example/content", request.RequestUri!.ToString());
            Assert.Equal(WebhookEvents.ContentPublish, request.Headers.GetValues("umb-webhook-event").Single());
            Assert.Equal(retry.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers.GetValues("umb-webhook-retrycount").Single());
            Assert.Equal("yes", request.Headers.GetValues("X-Site").Single());
            Assert.Equal(WebhookSender.Sign(Secret, body), request.Headers.GetValues(WebhookSender.SignatureHeader).Single());
        }

        var payload = Encoding.UTF8.GetString(attempts[0].Body);
        var content = JsonNode.Parse(payload)!;
        Assert.Equal("report", content["contentType"]!.GetValue<string>());
        Assert.Equal(SahelReport, content["id"]!.GetValue<Guid>());
        Assert.Equal("/reports/sahel-dialogue-summary/", content["route"]!["path"]!.GetValue<string>());
        Assert.DoesNotContain("participantRoster", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("John Smith", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("not to be named", payload, StringComparison.Ordinal);

        var log = await _factory.WithScopeAsync(sp => sp.GetRequiredService<WebhookService>().LogAsync(webhook));
        Assert.Equal([true, false], log.Select(l => l.Succeeded));
        Assert.Equal([200, 500], log.Select(l => l.StatusCode ?? 0));
    }

    [Fact]
    public async Task Failing_receiver_is_given_up_after_the_maximum_retries_and_logged()
    {
        var webhook = await SubscribeAsync([WebhookEvents.ContentPublish], null);
        _receiver.Default = HttpStatusCode.ServiceUnavailable;
        await RepublishAsync(CaucasusReport);
        await DispatchAsync();

        await SendAsync(expectedRequests: 1);
        _factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync(expectedRequests: 2);
        await EventuallyAsync(async () => (await DeliveriesAsync()).SingleOrDefault()?.RetryCount == 2);
        // The second retry waits twice the period.
        _factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await _factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        Assert.Equal(2, _receiver.Received.Count);
        _factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync(expectedRequests: 3);
        await EventuallyAsync(async () => (await DeliveriesAsync()).Count == 0);

        var log = await _factory.WithScopeAsync(sp => sp.GetRequiredService<WebhookService>().LogAsync(webhook));
        Assert.Equal(3, log.Count);
        Assert.True(log[0].GaveUp);
        Assert.All(log, l => Assert.False(l.Succeeded));
    }

    [Fact]
    public async Task Unpublished_content_sends_only_its_id_and_the_type_filter_applies()
    {
        await SubscribeAsync([WebhookEvents.ContentUnpublish], ["report"]);
        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(Person, null, Editor))).Succeeded);
        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(CaucasusReport, null, Editor))).Succeeded);
        await DispatchAsync();

        var delivery = Assert.Single(await DeliveriesAsync());
        Assert.Equal($$"""{"id":"{{CaucasusReport}}"}""", delivery.Payload);
        await SendAsync(expectedRequests: 1);
        Assert.Equal(delivery.Payload, Encoding.UTF8.GetString(_receiver.Received.Single().Body));
    }

    [Fact]
    public async Task Replaying_outbox_messages_queues_nothing_twice()
    {
        await SubscribeAsync([WebhookEvents.ContentPublish], null);
        var before = await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox.MaxAsync(m => m.Id));
        await RepublishAsync(CaucasusReport);
        await DispatchAsync();
        Assert.Single(await DeliveriesAsync());

        // What a restart replays when the cursor was not saved after the batch was handled.
        var messages = await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox.AsNoTracking().Where(m => m.Id > before).OrderBy(m => m.Id).ToListAsync());
        var queue = _factory.Services.GetServices<IOutboxSubscriber>().Single(s => s.Name == "webhooks");
        await queue.HandleAsync(messages, CancellationToken.None);
        Assert.Single(await DeliveriesAsync());
    }

    [Fact]
    public async Task Subscriptions_are_validated()
    {
        var result = await _factory.WithScopeAsync(sp => sp.GetRequiredService<WebhookService>().CreateAsync(
            new WebhookSubscriptionInput("x", "ftp://example/", ["Umbraco.Nope"], ["nope"], new Dictionary<string, string> { ["Content-Type"] = "text/plain" }, Secret: "short"), Editor));
        Assert.Equal(WebhookOperationStatus.ValidationFailed, result.Status);
        Assert.Equal(["contentTypes", "events", "headers", "secret", "url"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private async Task<Guid> SubscribeAsync(IReadOnlyList<string> events, IReadOnlyList<string>? types)
    {
        var result = await _factory.WithScopeAsync(sp => sp.GetRequiredService<WebhookService>().CreateAsync(
            new WebhookSubscriptionInput("Static site", "https://hooks.example/content", events, types, new Dictionary<string, string> { ["X-Site"] = "yes" }, Secret: Secret), Editor));
        Assert.Equal(WebhookOperationStatus.Success, result.Status);
        return result.Key!.Value;
    }

    /// <summary>A new publish of the same values (publishing an unchanged item is a no-op that writes no outbox message).</summary>
    private async Task RepublishAsync(Guid key)
    {
        var (published, latest) = await _factory.WithScopeAsync(async sp =>
        {
            var document = await sp.GetRequiredService<CmsDbContext>().Documents.AsNoTracking().SingleAsync(d => d.Key == key);
            return (document.PublishedVersion!.Value, document.LatestVersion);
        });
        Assert.True((await _factory.WithContentAsync(c => c.RollbackAsync(key, published, latest, Editor))).Succeeded);
        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);
    }

    private Task DispatchAsync() => _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    private Task<List<WebhookDelivery>> DeliveriesAsync() =>
        _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookDeliveries.AsNoTracking().ToListAsync());

    private async Task SendAsync(int expectedRequests)
    {
        // The sender's own loop may wake on the fake clock and take the delivery first; either way one attempt is made.
        await _factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        await EventuallyAsync(() => Task.FromResult(_receiver.Received.Count >= expectedRequests));
        await Task.Delay(50);
        Assert.Equal(expectedRequests, _receiver.Received.Count);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "Condition not met in time.");
            await Task.Delay(25);
        }
    }
}
