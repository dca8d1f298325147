using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// A published document below an unpublished (or trashed) ancestor is not in Umbraco's published cache: it is
/// absent by id, by route, from /items, from queries and from pickers, through the output cache too, and it comes
/// back, unchanged, when the ancestor is published again.
/// </summary>
public sealed class DeliveryHiddenAncestorTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private static readonly string ById = DeliveryHttp.Base + $"/item/{Person}";
    private static readonly string ByRoute = DeliveryHttp.Base + "/item/people/amina-diallo/";
    private static readonly string Items = DeliveryHttp.Base + $"/items?id={Person}";
    private static readonly string PersonList = DeliveryHttp.Base + "?filter=contentType:person";
    private static readonly string Picker = DeliveryHttp.Base + $"/item/{SahelReport}?expand=properties[authors]";

    private DeliveryFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() => (_factory, _client) = await DeliveryFactory.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Published_child_of_an_unpublished_parent_is_absent_until_the_parent_is_published_again()
    {
        // Every answer is read (and cached) first, so eviction is tested with the visibility rule.
        var before = await _client.JsonAsync(ById);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(ByRoute)).StatusCode);
        Assert.Single((JsonArray)await _client.JsonAsync(Items));
        Assert.Equal(1, (await _client.JsonAsync(PersonList))["total"]!.GetValue<long>());
        Assert.Equal(Person, Assert.Single(Authors(await _client.JsonAsync(Picker)))!["id"]!.GetValue<Guid>());

        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(People, null, Editor))).Succeeded);

        await AssertHiddenAsync();
        var hiddenAuthors = Authors(await _client.JsonAsync(Picker)).ToJsonString();

        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(People, null, Editor))).Succeeded);

        await EventuallyAsync(async () => (await _client.SendAsync(ById)).StatusCode == HttpStatusCode.OK);
        await EventuallyAsync(async () => (await _client.SendAsync(ByRoute)).StatusCode == HttpStatusCode.OK);
        await EventuallyAsync(async () => ((JsonArray)await _client.JsonAsync(Items)).Count == 1);
        await EventuallyAsync(async () => (await _client.JsonAsync(PersonList))["total"]!.GetValue<long>() == 1);
        await EventuallyAsync(async () => Authors(await _client.JsonAsync(Picker)).Count == 1);
        // The person was not republished: the same item as before, update date included.
        Assert.Equal(before.ToJsonString(), (await _client.JsonAsync(ById)).ToJsonString());

        // A picker shows a target hidden by its parent as it shows a target that is itself unpublished.
        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(Person, null, Editor))).Succeeded);
        await EventuallyAsync(async () => (await _client.SendAsync(ById)).StatusCode == HttpStatusCode.NotFound);
        Assert.Equal(hiddenAuthors, Authors(await _client.JsonAsync(Picker)).ToJsonString());
    }

    [Fact]
    public async Task Published_child_of_a_trashed_parent_is_absent()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(ById)).StatusCode);
        Assert.Single(Authors(await _client.JsonAsync(Picker)));

        Assert.True((await _factory.WithContentAsync(c => c.TrashAsync(People, Editor))).Succeeded);

        await AssertHiddenAsync();
    }

    [Fact]
    public async Task Preview_still_shows_a_child_of_an_unpublished_parent_to_an_authorised_caller()
    {
        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(People, null, Editor))).Succeeded);
        await _factory.Services.GetRequiredService<ICDiplomacy.Web.Cms.Outbox.OutboxDispatcher>().DispatchAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(ById)).StatusCode);
        // Preview still shows the editor's tree, drafts and unpublished branches included, to an authorised caller.
        var preview = await _client.JsonAsync(ById, ("Preview", "true"), ("Api-Key", ApiKey));
        Assert.Equal("Amina Diallo", preview["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(ById, ("Preview", "true"), ("Api-Key", "wrong-key-000000000000"))).StatusCode);
    }

    private async Task AssertHiddenAsync()
    {
        await EventuallyAsync(async () => (await _client.SendAsync(ById)).StatusCode == HttpStatusCode.NotFound);
        await EventuallyAsync(async () => (await _client.SendAsync(ByRoute)).StatusCode == HttpStatusCode.NotFound);
        await EventuallyAsync(async () => ((JsonArray)await _client.JsonAsync(Items)).Count == 0);
        await EventuallyAsync(async () => (await _client.JsonAsync(PersonList))["total"]!.GetValue<long>() == 0);
        await EventuallyAsync(async () => Authors(await _client.JsonAsync(Picker)).Count == 0);
    }

    private static JsonArray Authors(JsonNode item) => (JsonArray)item["properties"]!["authors"]!;

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < Deadline, $"Not visible after {watch.Elapsed.TotalMilliseconds:0} ms.");
            await Task.Delay(25);
        }
    }
}
