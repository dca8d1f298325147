using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Search.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Backoffice;

public sealed class IndexerEndpointsTests
{
    private const string Indexer = ManagementClients.Api + "/indexer";

    [Fact]
    public async Task Indexer_list_names_the_three_indexes_with_health_and_counts()
    {
        await using var factory = await ManagementClients.StartAsync();
        await WhenIdleAsync(factory.Services);
        using var client = await ManagementClients.ClientAsync(factory);

        var page = await client.GetFromJsonAsync<JsonObject>(Indexer);

        Assert.Equal(3, page!["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(["DeliveryApiContentIndex", "ExternalIndex", "InternalIndex"], items.Select(i => i["name"]!.GetValue<string>()));
        Assert.All(items, i =>
        {
            Assert.Equal("Healthy", i["healthStatus"]!["status"]!.GetValue<string>());
            Assert.True(i["canRebuild"]!.GetValue<bool>());
            Assert.Equal(0, i["documentCount"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task Indexer_rebuild_starts_a_new_generation_and_is_audited()
    {
        await using var factory = await ManagementClients.StartAsync();
        await WhenIdleAsync(factory.Services);
        var before = factory.Services.GetRequiredService<SearchIndexManager>().External.CurrentPath;
        using var client = await ManagementClients.ClientAsync(factory);

        var response = await client.PostAsync($"{Indexer}/ExternalIndex/rebuild", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ExternalIndex", (await response.Content.ReadFromJsonAsync<JsonObject>())!["name"]!.GetValue<string>());
        await WhenIdleAsync(factory.Services);
        Assert.NotEqual(before, factory.Services.GetRequiredService<SearchIndexManager>().External.CurrentPath);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Audit.SingleAsync(a => a.Action == "indexer.rebuild");
        Assert.Equal("ExternalIndex", audit.Details);
        Assert.Equal(ManagementClients.Admin, audit.Actor);
    }

    [Fact]
    public async Task Indexer_unknown_name_is_404_problem()
    {
        await using var factory = await ManagementClients.StartAsync();
        using var client = await ManagementClients.ClientAsync(factory);

        var get = await client.GetAsync($"{Indexer}/MembersIndex");
        var rebuild = await client.PostAsync($"{Indexer}/MembersIndex/rebuild", null);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, rebuild.StatusCode);
    }

    [Fact]
    public async Task Indexer_routes_need_an_administrators_token()
    {
        await using var factory = await ManagementClients.StartAsync();
        using var anonymous = factory.CreateClient();
        using var editor = await ManagementClients.ClientAsync(factory, ManagementClients.Editor);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Indexer)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Indexer}/ExternalIndex/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Indexer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"{Indexer}/DeliveryApiContentIndex/rebuild", null)).StatusCode);
    }

    private static async Task WhenIdleAsync(IServiceProvider services)
    {
        await services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        await services.GetRequiredService<DeliveryContentIndex>().WhenIdleAsync();
    }
}
