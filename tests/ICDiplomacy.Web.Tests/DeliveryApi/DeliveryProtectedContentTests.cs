using System.Net;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PublicAccess;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Public access (protected content) in the Delivery API: 401 for items, silent exclusion everywhere else.</summary>
public sealed class DeliveryProtectedContentTests
{
    private const string Base = DeliveryHttp.Base;

    private static async Task ProtectAsync(DeliveryFactory factory, Guid document)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        if ((await members.GroupsAsync(CancellationToken.None)).Count == 0)
        {
            Assert.True((await members.CreateGroupAsync("Board", Editor)).Succeeded);
        }

        var result = await scope.ServiceProvider.GetRequiredService<PublicAccessService>()
            .SetAsync(document, new PublicAccessInput([], ["Board"], Initiatives, Conflicts), create: true, Editor);
        Assert.True(result.Succeeded, result.Message);
        await DeliverAsync(factory);
    }

    private static async Task UnprotectAsync(DeliveryFactory factory, Guid document)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<PublicAccessService>().RemoveAsync(document, Editor)).Succeeded);
        await DeliverAsync(factory);
    }

    private static Task DeliverAsync(DeliveryFactory factory) =>
        factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url, params (string, string)[] headers)
    {
        using var response = await client.SendAsync(Base + url, headers);
        return response.StatusCode;
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query, params (string, string)[] headers)
    {
        var body = await client.JsonAsync(Base + query, headers);
        return body["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
    }

    [Fact]
    public async Task Protected_item_and_its_descendants_answer_401_by_id_route_and_items_with_umbracos_problem()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        await ProtectAsync(factory, Reports);

        using var response = await client.SendAsync($"{Base}/item/{Reports}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Unauthorized", problem["title"]!.GetValue<string>());
        Assert.Equal(401, problem["status"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/item/reports/"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/item/reports/caucasus-policy-brief/"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/items?id={Home}&id={CaucasusReport}"));
        // A redirect does not reveal where a protected item moved to.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/item/reports/old-title/"));

        // Not found still wins over protection, and the rest of the site is unaffected.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, $"/item/{DraftReport}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/item/{People}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/items?id={Home}&id={People}"));
    }

    [Fact]
    public async Task Protected_item_is_401_in_preview_with_a_valid_key_too()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        await ProtectAsync(factory, Reports);
        (string, string)[] preview = [("Api-Key", ApiKey), ("Preview", "true")];

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}", preview));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{DraftReport}", preview));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/preview-{DraftReport}/", preview));
        Assert.DoesNotContain(DraftReport, await IdsAsync(client, "?take=100", preview));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"/item/{People}", preview));
    }

    [Fact]
    public async Task Query_leaves_out_protected_items_and_their_descendants_in_every_selector()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        var before = await client.JsonAsync(Base + "?take=100");
        await ProtectAsync(factory, Reports);

        var all = await client.JsonAsync(Base + "?take=100");
        var ids = all["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
        Assert.DoesNotContain(Reports, ids);
        Assert.DoesNotContain(CaucasusReport, ids);
        Assert.DoesNotContain(SahelReport, ids);
        Assert.Contains(People, ids);
        Assert.Equal(before["total"]!.GetValue<long>() - 4, all["total"]!.GetValue<long>());

        Assert.Empty(await IdsAsync(client, $"?fetch=children:{Reports}"));
        Assert.Empty(await IdsAsync(client, "?fetch=children:/reports/"));
        Assert.Empty(await IdsAsync(client, $"?fetch=ancestors:{CaucasusReport}"));
        Assert.DoesNotContain(CaucasusReport, await IdsAsync(client, $"?fetch=descendants:{Home}&take=100"));
        Assert.DoesNotContain(CaucasusReport, await IdsAsync(client, "?filter=contentType:report&sort=path:asc&take=100"));
        Assert.Equal(0, (await client.JsonAsync(Base + "?filter=contentType:report"))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Pickers_and_expansion_never_show_a_protected_item()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        var url = $"/item/{SahelReport}?expand=properties[$all]";
        var open = (await client.JsonAsync(Base + url)).ToJsonString();
        Assert.Contains("Amina Diallo", open, StringComparison.Ordinal);

        // The report's author (a person) and the conflict it picks are in protected branches now.
        await ProtectAsync(factory, People);
        await ProtectAsync(factory, Conflict);
        foreach (var query in new[] { url, $"/item/{SahelReport}", $"/items?id={SahelReport}&expand=properties[$all]", $"?fetch=children:{Reports}&expand=properties[$all]" })
        {
            var body = (await client.JsonAsync(Base + query)).ToJsonString();
            Assert.DoesNotContain("Amina Diallo", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Person.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Conflict in Mali", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Conflict.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Cached_answers_are_evicted_when_protection_is_set_and_removed()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        var byId = $"/item/{CaucasusReport}";
        const string ByRoute = "/item/reports/caucasus-policy-brief/";
        var children = $"?fetch=children:{Reports}&take=100";
        var picker = $"/item/{SahelReport}?expand=properties[$all]";

        // Twice each, so the second answer comes from the output cache.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, byId));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, ByRoute));
            Assert.Contains(CaucasusReport, await IdsAsync(client, children));
            Assert.Contains("Amina Diallo", (await client.JsonAsync(Base + picker)).ToJsonString(), StringComparison.Ordinal);
        }

        await ProtectAsync(factory, Reports);
        await ProtectAsync(factory, People);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, byId));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, ByRoute));
        Assert.Empty(await IdsAsync(client, children));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, picker));

        await UnprotectAsync(factory, Reports);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, byId));
        Assert.Contains(CaucasusReport, await IdsAsync(client, children));
        Assert.DoesNotContain("Amina Diallo", (await client.JsonAsync(Base + picker)).ToJsonString(), StringComparison.Ordinal);

        await UnprotectAsync(factory, People);
        Assert.Contains("Amina Diallo", (await client.JsonAsync(Base + picker)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protection_set_on_another_node_reaches_this_node_through_the_shared_outbox()
    {
        var (factory, client) = await DeliveryFactory.StartAsync();
        await using var _ = factory;
        await using var nodeB = new Infrastructure.CmsWebApplicationFactory(factory.Database, Settings(new Dictionary<string, string?> { ["Cms:NodeName"] = "node-b" }), ownsDatabase: false);
        var clientB = nodeB.CreateClient();
        await nodeB.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clientB, $"/item/{CaucasusReport}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clientB, $"/item/{CaucasusReport}"));

        await ProtectAsync(factory, Reports);
        await nodeB.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(clientB, $"/item/{CaucasusReport}"));
        Assert.DoesNotContain(CaucasusReport, await IdsAsync(clientB, "?take=100"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/item/{CaucasusReport}"));
    }

    [Fact]
    public async Task Publish_webhook_for_a_protected_item_carries_only_its_id()
    {
        var (factory, _) = await DeliveryFactory.StartAsync(
            services: s => s.AddHttpClient(ICDiplomacy.Web.DeliveryApi.Webhooks.WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new FakeWebhookReceiver()));
        await using var _ = factory;
        var created = await factory.WithScopeAsync(sp => sp.GetRequiredService<ICDiplomacy.Web.DeliveryApi.Webhooks.WebhookService>().CreateAsync(
            new ICDiplomacy.Web.DeliveryApi.Webhooks.WebhookSubscriptionInput("Site", "https://hooks.example/content", [ICDiplomacy.Web.DeliveryApi.Webhooks.WebhookEvents.ContentPublish], null, new Dictionary<string, string>(), Secret: "receiver-secret-0123456789"), Editor));
        Assert.Equal(ICDiplomacy.Web.DeliveryApi.Webhooks.WebhookOperationStatus.Success, created.Status);
        await ProtectAsync(factory, Reports);

        foreach (var key in new[] { CaucasusReport, People })
        {
            var version = await factory.WithScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                sp.GetRequiredService<ICDiplomacy.Web.Data.CmsDbContext>().Documents.Where(d => d.Key == key).Select(d => new { d.PublishedVersion, d.LatestVersion })));
            Assert.True((await factory.WithContentAsync(c => c.RollbackAsync(key, version.PublishedVersion!.Value, version.LatestVersion, Editor))).Succeeded);
            Assert.True((await factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);
        }

        await DeliverAsync(factory);
        var payloads = await factory.WithScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<ICDiplomacy.Web.Data.CmsDbContext>().WebhookDeliveries.Select(d => d.Payload)));
        Assert.Contains($$"""{"id":"{{CaucasusReport}}"}""", payloads);
        Assert.Contains(payloads, p => p.Contains("\"contentType\":\"peopleListing\"", StringComparison.Ordinal));
        Assert.DoesNotContain(payloads, p => p.Contains("Caucasus policy brief", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Protection_translates_and_answers_alike_on_PostgreSQL()
    {
        var database = await Infrastructure.TestDatabase.CreatePostgresAsync();
        var (factory, client) = await DeliveryFactory.StartAsync(database: database);
        await using var _ = factory;
        var before = (await client.JsonAsync(Base + "?take=100"))["total"]!.GetValue<long>();
        await ProtectAsync(factory, Reports);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/item/reports/caucasus-policy-brief/"));
        Assert.Equal(before - 4, (await client.JsonAsync(Base + "?take=100"))["total"]!.GetValue<long>());
        Assert.DoesNotContain(CaucasusReport, await IdsAsync(client, "?filter=contentType:report&sort=path:asc"));
        var indexes = factory.Services.GetRequiredService<ICDiplomacy.Web.Search.SearchIndexManager>();
        await indexes.WhenIdleAsync();
        await DeliverAsync(factory);
        Assert.Null(await indexes.VerifyAsync(indexes.CursorName, CancellationToken.None));
    }
}
