using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The webhook routes of the management API: CRUD, validation, SSRF refusals, the log and "retry now".</summary>
public sealed class WebhookManagementTests : IAsyncLifetime
{
    private const string Api = "/umbraco/management/api/v1/webhook";
    private const string AdminId = "webhook-admin";
    private const string Secret = "webhook-tests-client-secret-0123456789";
    private readonly FakeWebhookReceiver _receiver = new();
    private DeliveryFactory _factory = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        (_factory, _) = await DeliveryFactory.StartAsync(
            new Dictionary<string, string?>
            {
                ["Cms:Unattended:ApiClientId"] = AdminId,
                ["Cms:Unattended:ApiClientSecret"] = Secret,
                ["Webhook:MaximumRetries"] = "0",
            },
            s => s.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _receiver),
            seed: false);
        _admin = await ClientAsync(AdminId);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Create_get_list_update_and_delete_round_trip_without_ever_returning_the_secret()
    {
        var created = await _admin.PostAsJsonAsync(Api, new
        {
            name = "Static site",
            url = "https://hooks.example/build",
            events = new[] { WebhookEvents.ContentPublish, WebhookEvents.MediaSave },
            contentTypes = new[] { "report", "Image" },
            headers = new Dictionary<string, string> { ["X-Site"] = "icd" },
            secret = "receiver-secret-0123456789",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = (await created.Content.ReadFromJsonAsync<WebhookResponse>())!;
        Assert.Equal($"{Api}/{webhook.Id}", created.Headers.Location?.ToString());
        Assert.True(webhook.HasSecret);
        Assert.True(webhook.Enabled);
        Assert.DoesNotContain("receiver-secret", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var updated = await _admin.PutAsJsonAsync($"{Api}/{webhook.Id}", new
        {
            name = "Static site (paused)",
            url = "https://hooks.example/build",
            events = new[] { WebhookEvents.ContentPublish },
            enabled = false,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var got = (await _admin.GetFromJsonAsync<WebhookResponse>($"{Api}/{webhook.Id}"))!;
        Assert.Equal(("Static site (paused)", false, true), (got.Name, got.Enabled, got.HasSecret));
        Assert.Equal([WebhookEvents.ContentPublish], got.Events);
        var page = await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookResponse>>($"{Api}?take=10");
        Assert.Equal(1, page!.Total);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"{Api}/{webhook.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/{webhook.Id}")).StatusCode);
        var actions = await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Audit
            .Where(a => a.EntityKey == webhook.Id).OrderBy(a => a.Id).Select(a => a.Action + " " + a.Actor + " " + a.Details).ToListAsync());
        Assert.Equal([$"webhook.create {AdminId} hooks.example", $"webhook.update {AdminId} hooks.example", $"webhook.delete {AdminId} hooks.example"], actions);
    }

    [Fact]
    public async Task Invalid_webhook_is_400_with_an_error_per_field()
    {
        var response = await _admin.PostAsJsonAsync(Api, new
        {
            name = "",
            url = "ftp://hooks.example/",
            events = new[] { "Umbraco.Nope" },
            contentTypes = new[] { "nope" },
            headers = new Dictionary<string, string> { ["Host"] = "evil.example" },
            secret = "short",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["contentTypes", "events", "headers", "name", "secret", "url"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookResponse>>(Api))!.Total);
    }

    [Theory]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://127.1.2.3:8080/hook")]
    [InlineData("http://localhost:5080/umbraco")]
    [InlineData("http://api.localhost/")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://172.16.1.1/")]
    [InlineData("http://192.168.1.10/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.1/")]
    public async Task Private_network_targets_are_refused_naming_url(string url)
    {
        var response = await _admin.PostAsJsonAsync(Api, new { name = "Inward", url, events = new[] { WebhookEvents.ContentPublish } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal("url", Assert.Single(errors).Key);
    }

    [Fact]
    public async Task Private_network_targets_are_accepted_when_the_option_allows_them()
    {
        var (factory, _) = await DeliveryFactory.StartAsync(
            new Dictionary<string, string?>
            {
                ["Cms:Unattended:ApiClientId"] = AdminId,
                ["Cms:Unattended:ApiClientSecret"] = Secret,
                ["Webhook:AllowPrivateNetworkTargets"] = "true",
            },
            seed: false);
        await using var _ = factory;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(factory, AdminId));

        var response = await client.PostAsJsonAsync(Api, new { name = "Intranet", url = "http://10.0.0.5/hook", events = new[] { WebhookEvents.ContentPublish } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Routes_need_an_administrators_token()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserService>().CreateApiClientAsync("editor-client", Secret, UserGroups.Editors, "test", CancellationToken.None);
        }

        var editor = await ClientAsync("editor-client");
        var anonymous = _factory.CreateClient();
        var id = Guid.NewGuid();
        var body = new { name = "x", url = "https://hooks.example/", events = new[] { WebhookEvents.ContentPublish } };

        foreach (var client in new[] { anonymous, editor })
        {
            var expected = client == anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.Equal(expected, (await client.GetAsync(Api)).StatusCode);
            Assert.Equal(expected, (await client.GetAsync($"{Api}/events")).StatusCode);
            Assert.Equal(expected, (await client.GetAsync($"{Api}/{id}")).StatusCode);
            Assert.Equal(expected, (await client.PostAsJsonAsync(Api, body)).StatusCode);
            Assert.Equal(expected, (await client.PutAsJsonAsync($"{Api}/{id}", body)).StatusCode);
            Assert.Equal(expected, (await client.DeleteAsync($"{Api}/{id}")).StatusCode);
            Assert.Equal(expected, (await client.GetAsync($"{Api}/{id}/logs")).StatusCode);
            Assert.Equal(expected, (await client.PostAsync($"{Api}/{id}/logs/1/retry", null)).StatusCode);
        }

        Assert.Equal(0, (await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookResponse>>(Api))!.Total);
    }

    [Fact]
    public async Task Unknown_webhooks_and_log_entries_are_404()
    {
        var id = Guid.NewGuid();
        var body = new { name = "x", url = "https://hooks.example/", events = new[] { WebhookEvents.ContentPublish } };

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PutAsJsonAsync($"{Api}/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.DeleteAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/{id}/logs")).StatusCode);
        var webhook = await CreateAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync($"{Api}/{webhook}/logs/999/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Events_lists_every_alias_with_its_kind()
    {
        var events = await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookEventResponse>>($"{Api}/events");

        Assert.Equal(WebhookEvents.All.Count, events!.Total);
        Assert.Contains(events.Items, e => e.Alias == WebhookEvents.MediaSave && e.EventType == "Media");
        Assert.Contains(events.Items, e => e.Alias == WebhookEvents.ContentPublish && e.EventType == "Content");
    }

    [Fact]
    public async Task Log_is_paged_newest_first_and_a_given_up_delivery_is_sent_again_by_retry()
    {
        var webhook = await CreateAsync();
        _receiver.Then(HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway);
        await QueueAsync(webhook, outboxMessageId: 1);
        await QueueAsync(webhook, outboxMessageId: 2);
        await _factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        await EventuallyAsync(() => Task.FromResult(_receiver.Received.Count >= 2));

        var first = await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs?take=1");
        var second = await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs?skip=1&take=1");
        Assert.Equal(2, first!.Total);
        var failed = Assert.Single(first.Items);
        Assert.True(failed.GaveUp);
        Assert.NotEqual(failed.Id, Assert.Single(second!.Items).Id);
        await AssertFieldErrorAsync(await _admin.GetAsync($"{Api}/{webhook}/logs?take=0"), "take");

        var retried = await _admin.PostAsync($"{Api}/{webhook}/logs/{failed.Id}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        // No explicit send: the retry wakes the sender, which otherwise waits a whole period.
        await EventuallyAsync(() => Task.FromResult(_receiver.Received.Count == 3));
        await EventuallyAsync(async () => (await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs"))!.Items.Any(l => l.Succeeded));
        Assert.Equal(failed.RequestBody, System.Text.Encoding.UTF8.GetString(_receiver.Received.Last().Body));
        var succeeded = (await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs"))!.Items.First(l => l.Succeeded);
        var again = await _admin.PostAsync($"{Api}/{webhook}/logs/{succeeded.Id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Retry_of_a_delivery_waiting_for_its_next_attempt_makes_it_due_now()
    {
        var receiver = new FakeWebhookReceiver();
        var (factory, _) = await DeliveryFactory.StartAsync(
            new Dictionary<string, string?>
            {
                ["Cms:Unattended:ApiClientId"] = AdminId,
                ["Cms:Unattended:ApiClientSecret"] = Secret,
                ["Webhook:MaximumRetries"] = "3",
                ["Webhook:Period"] = "00:10:00",
            },
            s => s.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => receiver),
            seed: false);
        await using var _ = factory;
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(factory, AdminId));
        var webhook = await CreateAsync(admin);
        receiver.Then(HttpStatusCode.ServiceUnavailable);
        await QueueAsync(factory, webhook, outboxMessageId: 1);
        await factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        var failed = (await admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs"))!.Items.Single();
        Assert.False(failed.GaveUp);

        var retried = await admin.PostAsync($"{Api}/{webhook}/logs/{failed.Id}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        // The period is ten minutes of a clock that does not move: only the wake-up sends it.
        await EventuallyAsync(() => Task.FromResult(receiver.Received.Count == 2));
        await EventuallyAsync(async () => await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookDeliveries.CountAsync()) == 0);
        Assert.Equal("1", receiver.Received.Last().Request.Headers.GetValues("umb-webhook-retrycount").Single());
    }

    [Fact]
    public async Task Media_type_filter_queues_only_media_of_that_type()
    {
        var response = await _admin.PostAsJsonAsync(Api, new { name = "PDFs", url = "https://hooks.example/pdf", events = new[] { WebhookEvents.MediaSave }, contentTypes = new[] { "PDF" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var pdf = await UploadAsync(ICDiplomacy.Web.Tests.Media.TestImages.Pdf(), "brief.pdf");
        await UploadAsync(ICDiplomacy.Web.Tests.Media.TestImages.Png(), "photo.png");
        await _factory.Services.GetRequiredService<ICDiplomacy.Web.Cms.Outbox.OutboxDispatcher>().DispatchAsync(CancellationToken.None);

        var queued = await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookDeliveries.AsNoTracking().ToListAsync());
        var logged = await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookLog.AsNoTracking().ToListAsync());
        Assert.Equal([pdf], queued.Select(d => d.EntityKey).Concat(logged.Select(l => l.EntityKey)).Distinct());
    }

    [Fact]
    public async Task Retry_of_a_disabled_webhook_is_409()
    {
        var webhook = await CreateAsync();
        _receiver.Then(HttpStatusCode.InternalServerError);
        await QueueAsync(webhook, outboxMessageId: 1);
        await _factory.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
        var failed = (await _admin.GetFromJsonAsync<WebhookPagedResponse<WebhookLogResponse>>($"{Api}/{webhook}/logs"))!.Items.Single();
        await _admin.PutAsJsonAsync($"{Api}/{webhook}", new { name = "Off", url = "https://hooks.example/build", events = new[] { WebhookEvents.ContentPublish }, enabled = false });

        var retried = await _admin.PostAsync($"{Api}/{webhook}/logs/{failed.Id}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        Assert.Equal(0, await _factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookDeliveries.CountAsync()));
    }

    private Task<Guid> UploadAsync(byte[] file, string name) => _factory.WithScopeAsync(async sp =>
    {
        using var content = new MemoryStream(file);
        var result = await sp.GetRequiredService<ICDiplomacy.Web.Media.MediaService>().UploadAsync(new ICDiplomacy.Web.Media.MediaUpload(content, name), "test");
        Assert.True(result.Succeeded, result.Message);
        return result.Item!.Key;
    });

    private Task<Guid> CreateAsync() => CreateAsync(_admin);

    private static async Task<Guid> CreateAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync(Api, new { name = "Build", url = "https://hooks.example/build", events = new[] { WebhookEvents.ContentPublish } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WebhookResponse>())!.Id;
    }

    private Task QueueAsync(Guid webhook, long outboxMessageId) => QueueAsync(_factory, webhook, outboxMessageId);

    /// <summary>What the webhook queue writes when the outbox delivers a matching event.</summary>
    private static Task QueueAsync(DeliveryFactory factory, Guid webhook, long outboxMessageId) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var subscription = await db.WebhookSubscriptions.SingleAsync(s => s.Key == webhook);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            SubscriptionId = subscription.Id,
            OutboxMessageId = outboxMessageId,
            Event = WebhookEvents.ContentPublish,
            EntityKey = Guid.NewGuid(),
            Payload = $$"""{"id":"{{outboxMessageId}}"}""",
            NextAttemptUtc = now,
            CreatedUtc = now,
        });
        return await db.SaveChangesAsync();
    });

    private async Task<HttpClient> ClientAsync(string clientId)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(_factory, clientId));
        return client;
    }

    private static async Task<string> TokenAsync(DeliveryFactory factory, string clientId)
    {
        using var response = await factory.CreateClient().PostAsync("/umbraco/management/api/v1/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = Secret,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.True(JsonNode.Parse(body)!["errors"]?.AsObject().ContainsKey(field) == true, body);
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
