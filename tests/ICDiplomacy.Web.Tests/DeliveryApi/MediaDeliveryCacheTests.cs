using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Tests.Media;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// Output caching of the Media Delivery API: cache hits, ETag/304, never caching keyed answers, and eviction
/// within 2 s of any media change (saved, moved, trashed, deleted, sorted) for items, paths and lists.
/// </summary>
public sealed class MediaDeliveryCacheTests : IAsyncLifetime
{
    private const string Api = "/umbraco/delivery/api/v2/media";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private MediaAppFactory _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _app = MediaAppFactory.With(new Dictionary<string, string?> { ["DeliveryApi:OutputCache:Enabled"] = "true" });
        _client = _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Public_media_item_is_served_from_cache_and_revalidates_with_304()
    {
        var image = await _app.UploadOkAsync(TestImages.Png(), "cached.png");
        var url = $"{Api}/item/{image.Id}";
        await SettleAsync();

        using var first = await _client.SendAsync(url);
        using var second = await _client.SendAsync(url);
        using var revalidated = await _client.SendAsync(url, ("If-None-Match", first.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=0", first.Headers.CacheControl?.ToString());
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Answers_with_an_api_key_are_never_cached_or_served_from_cache()
    {
        var image = await _app.UploadOkAsync(TestImages.Png(), "keyed.png");
        var url = $"{Api}/item/{image.Id}";
        using var warm = await _client.SendAsync(url);

        using var keyed = await _client.SendAsync(url, ("Api-Key", MediaAppFactory.DeliveryKey));
        using var keyedAgain = await _client.SendAsync(url, ("Api-Key", MediaAppFactory.DeliveryKey));

        Assert.Null(keyed.Headers.Age);
        Assert.Null(keyedAgain.Headers.Age);
        Assert.Equal("no-store", keyedAgain.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Without_public_media_access_nothing_is_cached_and_keyless_callers_get_401()
    {
        await using var app = MediaAppFactory.With(new Dictionary<string, string?>
        {
            ["DeliveryApi:OutputCache:Enabled"] = "true",
            ["DeliveryApi:Media:PublicAccess"] = "false",
        });
        var image = await app.UploadOkAsync(TestImages.Png(), "private.png");
        var client = app.CreateClient();
        var url = $"{Api}/item/{image.Id}";

        using var keyed = await client.SendAsync(url, ("Api-Key", MediaAppFactory.DeliveryKey));
        using var keyless = await client.SendAsync(url);

        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, keyless.StatusCode);
    }

    [Fact]
    public async Task Renaming_a_folder_refreshes_cached_items_paths_and_lists_below_it_within_two_seconds()
    {
        var folder = (await _app.WithMediaServiceAsync(s => s.CreateFolderAsync("Before", null, "test"))).Item!.Key;
        var image = await _app.UploadOkAsync(TestImages.Png(), "inside.png", new Dictionary<string, string> { ["parentId"] = folder.ToString() });
        var item = $"{Api}/item/{image.Id}";
        var list = $"{Api}?fetch=children:{folder}";
        await SettleAsync();
        Assert.Equal("/before/inside/", (await _client.JsonAsync(item))["path"]!.GetValue<string>());
        Assert.Equal(1, (await _client.JsonAsync(list))["total"]!.GetValue<long>());
        Assert.NotNull((await _client.SendAsync(item)).Headers.Age);

        Assert.True((await _app.WithMediaServiceAsync(s => s.RenameAsync(folder, "After", "test"))).Succeeded);

        await EventuallyAsync(async () => (await _client.JsonAsync(item))["path"]!.GetValue<string>() == "/after/inside/");
        await EventuallyAsync(async () => (await _client.SendAsync($"{Api}/item/after/inside")).StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upload_move_trash_and_delete_each_refresh_cached_lists_within_two_seconds()
    {
        var list = $"{Api}?fetch=children:/";
        Assert.Equal(0, (await _client.JsonAsync(list))["total"]!.GetValue<long>());

        var image = await _app.UploadOkAsync(TestImages.Png(), "listed.png");
        await EventuallyAsync(async () => (await _client.JsonAsync(list))["total"]!.GetValue<long>() == 1);

        var folder = (await _app.WithMediaServiceAsync(s => s.CreateFolderAsync("Box", null, "test"))).Item!.Key;
        await EventuallyAsync(async () => (await _client.JsonAsync(list))["total"]!.GetValue<long>() == 2);
        Assert.True((await _app.WithMediaServiceAsync(s => s.MoveAsync(image.Id, folder, "test"))).Succeeded);
        await EventuallyAsync(async () => (await _client.JsonAsync(list))["total"]!.GetValue<long>() == 1);

        var item = $"{Api}/item/{image.Id}";
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(item)).StatusCode);
        Assert.True((await _app.WithMediaServiceAsync(s => s.TrashAsync(image.Id, "test"))).Succeeded);
        await EventuallyAsync(async () => (await _client.SendAsync(item)).StatusCode == HttpStatusCode.NotFound);

        var items = $"{Api}/items?id={folder}";
        Assert.Single((JsonArray)await _client.JsonAsync(items));
        Assert.True((await _app.WithMediaServiceAsync(s => s.DeleteAsync(folder, "test"))).Succeeded);
        await EventuallyAsync(async () => ((JsonArray)await _client.JsonAsync(items)).Count == 0);
    }

    [Fact]
    public async Task Editing_alt_text_refreshes_the_cached_item_within_two_seconds()
    {
        var image = await _app.UploadOkAsync(TestImages.Png(), "alt.png", new Dictionary<string, string> { ["altText"] = "Old" });
        var item = $"{Api}/item/{image.Id}";
        Assert.Equal("Old", (await _client.JsonAsync(item))["properties"]!["altText"]!.GetValue<string>());

        var edited = await _app.WithMediaServiceAsync(s => s.EditAsync(image.Id, new MediaEdit(image.Version, image.Name, AltText: "New"), "test"));

        Assert.True(edited.Succeeded, edited.Message);
        await EventuallyAsync(async () => (await _client.JsonAsync(item))["properties"]!["altText"]!.GetValue<string>() == "New");
    }

    /// <summary>
    /// Lets the evictions of the set-up's own changes finish (the dispatch and its second pass), so they
    /// cannot remove the entries a test is about to check were cached.
    /// </summary>
    private async Task SettleAsync()
    {
        await _app.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(700));
    }

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
