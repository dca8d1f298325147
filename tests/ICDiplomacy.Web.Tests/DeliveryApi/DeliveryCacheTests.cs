using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Media;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// Output caching: ETag/304, Cache-Control, eviction within 2 s of publish, unpublish and changes to picked
/// items (PERFORMANCE.md §8 row 7), and never serving preview data to keyless callers (SECURITY-GUIDE case 53).
/// </summary>
public sealed class DeliveryCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private DeliveryFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() => (_factory, _client) = await DeliveryFactory.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Public_item_is_served_from_cache_and_revalidates_with_304()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}";
        using var first = await _client.SendAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=0", first.Headers.CacheControl?.ToString());
        var etag = first.Headers.ETag!.Tag;

        using var second = await _client.SendAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(etag, second.Headers.ETag!.Tag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var revalidated = await _client.SendAsync(url, ("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Uncached_request_with_a_matching_etag_also_answers_304()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}";
        using var first = await _client.SendAsync(url, ("Api-Key", ApiKey));
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        using var again = await _client.SendAsync(url, ("Api-Key", ApiKey), ("If-None-Match", first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task Publishing_a_change_is_visible_within_two_seconds()
    {
        var url = DeliveryHttp.Base + $"/item/{CaucasusReport}";
        Assert.Equal("Options for the South Caucasus.", (await _client.JsonAsync(url))["properties"]!["summary"]!.GetValue<string>());
        Assert.Equal("Options for the South Caucasus.", (await _client.JsonAsync(url))["properties"]!["summary"]!.GetValue<string>());

        await SaveAndPublishAsync(CaucasusReport, Report("Caucasus policy brief", "Revised options.", "policyBrief", "2025-02-01"));

        await EventuallyAsync(async () => (await _client.JsonAsync(url))["properties"]!["summary"]!.GetValue<string>() == "Revised options.");
    }

    [Fact]
    public async Task Unpublishing_removes_the_cached_item_and_list_entry_within_two_seconds()
    {
        var item = DeliveryHttp.Base + $"/item/{CaucasusReport}";
        var list = DeliveryHttp.Base + $"?fetch=children:{Reports}";
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(item)).StatusCode);
        Assert.Equal(3, (await _client.JsonAsync(list))["total"]!.GetValue<long>());

        Assert.True((await _factory.WithContentAsync(c => c.UnpublishAsync(CaucasusReport, null, Editor))).Succeeded);

        await EventuallyAsync(async () => (await _client.SendAsync(item)).StatusCode == HttpStatusCode.NotFound);
        await EventuallyAsync(async () => (await _client.JsonAsync(list))["total"]!.GetValue<long>() == 2);
    }

    [Fact]
    public async Task Publishing_a_new_item_refreshes_cached_lists()
    {
        var list = DeliveryHttp.Base + $"?fetch=children:{Reports}";
        Assert.Equal(3, (await _client.JsonAsync(list))["total"]!.GetValue<long>());
        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(DraftReport, null, Editor))).Succeeded);
        await EventuallyAsync(async () => (await _client.JsonAsync(list))["total"]!.GetValue<long>() == 4);
    }

    [Fact]
    public async Task Changing_a_picked_item_refreshes_responses_that_show_it()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}?expand=properties[authors]";
        Assert.Equal("Bamako Peace Institute", (await _client.JsonAsync(url))["properties"]!["authors"]![0]!["properties"]!["affiliation"]!.GetValue<string>());

        await SaveAndPublishAsync(Person, En("Amina Diallo", ("country", "ML"), ("affiliation", "Sahel Peace Institute")));

        await EventuallyAsync(async () => (await _client.JsonAsync(url))["properties"]!["authors"]![0]!["properties"]!["affiliation"]!.GetValue<string>() == "Sahel Peace Institute");
    }

    [Fact]
    public async Task Publishing_a_picked_draft_fills_the_picker_in_cached_responses()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}";
        Assert.Null((await _client.JsonAsync(url))["properties"]!["initiative"]);
        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(DraftInitiative, null, Editor))).Succeeded);
        await EventuallyAsync(async () => (await _client.JsonAsync(url))["properties"]!["initiative"] is JsonObject);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Preview_answers_are_never_served_to_keyless_callers(bool previewFirst)
    {
        await SaveDraftAsync(CaucasusReport, Report("Caucasus policy brief", "DRAFT: unreleased options.", "policyBrief", "2025-02-01"));
        var draftUrl = DeliveryHttp.Base + $"/item/{DraftReport}";
        var publishedUrl = DeliveryHttp.Base + $"/item/{CaucasusReport}";
        var preview = new[] { ("Preview", "true"), ("Api-Key", ApiKey) };

        for (var round = 0; round < 2; round++)
        {
            if (previewFirst)
            {
                using var p = await _client.SendAsync(draftUrl, preview);
                Assert.Equal(HttpStatusCode.OK, p.StatusCode);
                Assert.Equal("no-store", p.Headers.CacheControl?.ToString());
                Assert.Contains("DRAFT", await (await _client.SendAsync(publishedUrl, preview)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(draftUrl)).StatusCode);
            var body = await (await _client.SendAsync(publishedUrl)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("DRAFT", body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(draftUrl, ("Preview", "true"), ("Api-Key", "wrong-key-000000000000"))).StatusCode);
            previewFirst = !previewFirst;
        }
    }

    [Fact]
    public async Task Public_answers_do_not_leak_into_a_differently_keyed_or_localised_request()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}";
        var en = await _client.JsonAsync(url);
        var fr = await _client.JsonAsync(url, ("Accept-Language", "fr"));
        Assert.Equal("Sahel dialogue summary", en["name"]!.GetValue<string>());
        Assert.Equal("Résumé du dialogue sahélien", fr["name"]!.GetValue<string>());
        using var keyed = await _client.SendAsync(url, ("Api-Key", "wrong-key-000000000000"));
        Assert.Null(keyed.Headers.Age);
    }

    [Fact]
    public async Task Picked_media_renders_from_the_library_and_trashing_it_empties_cached_pickers()
    {
        using var png = new MemoryStream(ICDiplomacy.Web.Tests.Media.TestImages.Png());
        var uploaded = await _factory.WithScopeAsync(sp => sp.GetRequiredService<MediaService>().UploadAsync(new MediaUpload(png, "niamey.png") { AltText = "Niamey" }, Editor));
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var mediaKey = uploaded.Item!.Key;
        var edit = Report("Caucasus policy brief", "Options for the South Caucasus.", "policyBrief", "2025-02-01");
        edit = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["teaserImage"] = new JsonArray(new JsonObject { ["mediaKey"] = mediaKey.ToString(), ["focalPoint"] = new JsonObject { ["left"] = 0.25m, ["top"] = 0.75m } }) } };
        await SaveAndPublishAsync(CaucasusReport, edit);

        var url = DeliveryHttp.Base + $"/item/{CaucasusReport}?fields=properties[teaserImage]";
        var picked = Assert.Single((JsonArray)(await _client.JsonAsync(url))["properties"]!["teaserImage"]!)!;
        Assert.Equal(mediaKey, picked["id"]!.GetValue<Guid>());
        Assert.Equal("Image", picked["mediaType"]!.GetValue<string>());
        Assert.StartsWith("/media/", picked["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(40, picked["width"]!.GetValue<int>());
        Assert.Equal(0.25m, picked["focalPoint"]!["left"]!.GetValue<decimal>());
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], picked.AsObject().Select(p => p.Key));

        Assert.True((await _factory.WithScopeAsync(sp => sp.GetRequiredService<MediaService>().TrashAsync(mediaKey, Editor))).Succeeded);
        await EventuallyAsync(async () => ((JsonArray)(await _client.JsonAsync(url))["properties"]!["teaserImage"]!).Count == 0);
    }

    [Fact]
    public async Task Renaming_or_deleting_picked_media_refreshes_cached_content_that_shows_it()
    {
        using var png = new MemoryStream(ICDiplomacy.Web.Tests.Media.TestImages.Png());
        var uploaded = await _factory.WithScopeAsync(sp => sp.GetRequiredService<MediaService>().UploadAsync(new MediaUpload(png, "bamako.png"), Editor));
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var mediaKey = uploaded.Item!.Key;
        var edit = Report("Caucasus policy brief", "Options for the South Caucasus.", "policyBrief", "2025-02-01");
        edit = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["teaserImage"] = new JsonArray(new JsonObject { ["mediaKey"] = mediaKey.ToString() }) } };
        await SaveAndPublishAsync(CaucasusReport, edit);
        var url = DeliveryHttp.Base + $"/item/{CaucasusReport}?fields=properties[teaserImage]";
        // The publish's own eviction (and its second pass) must be over before the cache hit below is checked.
        await _factory.Services.GetRequiredService<ICDiplomacy.Web.Cms.Outbox.OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        Assert.Equal("bamako", (await _client.JsonAsync(url))["properties"]!["teaserImage"]![0]!["name"]!.GetValue<string>());
        using (var cached = await _client.SendAsync(url))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        Assert.True((await _factory.WithScopeAsync(sp => sp.GetRequiredService<MediaService>().RenameAsync(mediaKey, "Bamako skyline", Editor))).Succeeded);
        await EventuallyAsync(async () => (await _client.JsonAsync(url))["properties"]!["teaserImage"]![0]!["name"]!.GetValue<string>() == "Bamako skyline");

        Assert.True((await _factory.WithScopeAsync(sp => sp.GetRequiredService<MediaService>().DeleteAsync(mediaKey, Editor))).Succeeded);
        await EventuallyAsync(async () => ((JsonArray)(await _client.JsonAsync(url))["properties"]!["teaserImage"]!).Count == 0);
    }

    [Fact]
    public async Task Earlier_draft_text_of_a_published_report_is_not_retrievable_publicly()
    {
        // SECURITY-GUIDE case 54: the first draft named a participant; the published version does not.
        var key = (await _factory.WithContentAsync(c => c.CreateAsync("report", Reports, Report("Roundtable notes", "John Smith said the talks stalled.", "meetingSummary", "2025-05-01"), Editor))).Key!.Value;
        await SaveAndPublishAsync(key, Report("Roundtable notes", "A participant said the talks stalled.", "meetingSummary", "2025-05-01"));

        foreach (var url in new[] { $"/item/{key}", $"/item/{key}?version=1", "/item/reports/roundtable-notes/", $"?fetch=children:{Reports}&filter=name:roundtable", $"/items?id={key}" })
        {
            var body = await (await _client.SendAsync(DeliveryHttp.Base + url)).Content.ReadAsStringAsync();
            Assert.Contains("A participant said", body, StringComparison.Ordinal);
            Assert.DoesNotContain("John Smith", body, StringComparison.Ordinal);
        }
    }

    private async Task SaveDraftAsync(Guid key, ICDiplomacy.Web.Cms.Documents.DocumentEdit edit)
    {
        var version = await _factory.WithScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<ICDiplomacy.Web.Data.CmsDbContext>().Documents.Single(d => d.Key == key).LatestVersion));
        var saved = await _factory.WithContentAsync(c => c.SaveAsync(key, version, edit, Editor));
        Assert.True(saved.Succeeded, saved.Message);
    }

    private async Task SaveAndPublishAsync(Guid key, ICDiplomacy.Web.Cms.Documents.DocumentEdit edit)
    {
        await SaveDraftAsync(key, edit);
        Assert.True((await _factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);
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
