using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaDeliveryApiTests(MediaAppFactory app) : IClassFixture<MediaAppFactory>
{
    private const string Api = "/umbraco/delivery/api/v2/media";

    [Fact]
    public async Task Item_by_id_has_umbracos_media_shape_in_umbracos_order()
    {
        var folder = await CreateFolderAsync("Shape Folder");
        var uploaded = await app.UploadOkAsync(TestImages.Png(40, 30), "My Image.png", new Dictionary<string, string> { ["parentId"] = folder.ToString(), ["altText"] = "Alt" });
        await app.WithMediaServiceAsync(s => s.SetFocalPointAsync(uploaded.Id, new ImageFocalPoint(0.5, 0.3), "test"));
        await app.WithMediaServiceAsync(s => s.SetCropsAsync(uploaded.Id, [new ImageCrop("thumb", 200, 100, new ImageCropCoordinates(0.1, 0.2, 0.1, 0.2))], "test"));

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>($"{Api}/item/{uploaded.Id}");

        Assert.Equal(
            ["path", "createDate", "updateDate", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "focalPoint", "crops", "properties"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("/shape folder/my image/", json.GetProperty("path").GetString());
        Assert.Equal("2026-01-15T09:00:00", json.GetProperty("createDate").GetString());
        Assert.Equal("Image", json.GetProperty("mediaType").GetString());
        Assert.Equal(uploaded.Url, json.GetProperty("url").GetString());
        Assert.Equal("png", json.GetProperty("extension").GetString());
        Assert.Equal(40, json.GetProperty("width").GetInt32());
        Assert.Equal(0.3, json.GetProperty("focalPoint").GetProperty("top").GetDouble());
        var crop = json.GetProperty("crops")[0];
        Assert.Equal(["alias", "width", "height", "coordinates"], crop.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["x1", "y1", "x2", "y2"], crop.GetProperty("coordinates").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Alt", json.GetProperty("properties").GetProperty("altText").GetString());
    }

    [Fact]
    public async Task Folder_item_has_an_empty_url_and_no_file_facts()
    {
        var folder = await CreateFolderAsync("Empty Folder");

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>($"{Api}/item/{folder}");

        Assert.Equal("Folder", json.GetProperty("mediaType").GetString());
        Assert.Equal("", json.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("extension").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("bytes").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("crops").ValueKind);
        Assert.Empty(json.GetProperty("properties").EnumerateObject());
    }

    [Theory]
    [InlineData("/Path Folder/Report/")]
    [InlineData("path folder/report")]
    [InlineData("PATH%20FOLDER%2FREPORT")]
    public async Task Item_by_path_matches_names_case_insensitively_with_or_without_slashes(string path)
    {
        await EnsurePathFixtureAsync();

        using var response = await app.CreateClient().GetAsync($"{Api}/item/{path.TrimStart('/')}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Report", (await response.Content.ReadFromJsonAsync<MediaItemResponse>())!.Name);
    }

    [Fact]
    public async Task Unknown_id_and_unknown_path_are_404()
    {
        using var byId = await app.CreateClient().GetAsync($"{Api}/item/{Guid.NewGuid()}");
        using var byPath = await app.CreateClient().GetAsync($"{Api}/item/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byPath.StatusCode);
    }

    [Fact]
    public async Task Items_returns_known_ids_in_request_order_and_omits_unknown_and_trashed()
    {
        var a = await app.UploadOkAsync(TestImages.Png(), "a.png");
        var b = await app.UploadOkAsync(TestImages.Pdf(), "b.pdf");
        var trashed = await app.UploadOkAsync(TestImages.Png(), "t.png");
        await app.WithMediaServiceAsync(s => s.TrashAsync(trashed.Id, "test"));

        var items = await app.CreateClient().GetFromJsonAsync<MediaItemResponse[]>($"{Api}/items?id={b.Id}&id={Guid.NewGuid()}&id={a.Id}&id={trashed.Id}&id={b.Id}");

        Assert.Equal([b.Id, a.Id], items!.Select(i => i.Id).ToArray());
    }

    [Fact]
    public async Task Trashed_item_is_404_by_id()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "gone.png");
        await app.WithMediaServiceAsync(s => s.TrashAsync(item.Id, "test"));

        using var response = await app.CreateClient().GetAsync($"{Api}/item/{item.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Query_lists_children_with_filters_sort_and_paging()
    {
        var folder = await CreateFolderAsync("Query Folder");
        foreach (var name in new[] { "Beta", "alpha", "Gamma" })
        {
            await app.UploadOkAsync(TestImages.Png(), name + ".png", new Dictionary<string, string> { ["parentId"] = folder.ToString() });
        }

        await app.UploadOkAsync(TestImages.Pdf(), "Alpha notes.pdf", new Dictionary<string, string> { ["parentId"] = folder.ToString() });
        await app.WithMediaServiceAsync(s => s.CreateFolderAsync("Sub", folder, "test"));
        var client = app.CreateClient();

        var all = await client.GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:{folder}");
        var images = await client.GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:{folder}&filter=mediaType:Image&sort=name:desc");
        var named = await client.GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:/query%20folder/&filter=name:ALPHA&filter=mediaType:PDF");
        var paged = await client.GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:{folder}&sort=sortOrder:asc&skip=1&take=2");

        Assert.Equal(5, all!.Total);
        Assert.Equal(["Beta", "alpha", "Gamma", "Alpha notes", "Sub"], all.Items.Select(i => i.Name).ToArray());
        Assert.Equal(["Gamma", "Beta", "alpha"], images!.Items.Select(i => i.Name).ToArray());
        Assert.Equal(["Alpha notes"], named!.Items.Select(i => i.Name).ToArray());
        Assert.Equal(5, paged!.Total);
        Assert.Equal(["alpha", "Gamma"], paged.Items.Select(i => i.Name).ToArray());
    }

    [Fact]
    public async Task Query_of_the_root_lists_top_level_items()
    {
        var folder = await CreateFolderAsync("Root Listed Folder");

        var page = await app.CreateClient().GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:/&take=100");

        Assert.Contains(page!.Items, i => i.Id == folder);
        Assert.All(page.Items, i => Assert.Equal(2, i.Path.Count(c => c == '/')));
    }

    [Fact]
    public async Task Query_of_an_unknown_parent_is_an_empty_page()
    {
        var page = await app.CreateClient().GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:{Guid.NewGuid()}");

        Assert.Equal(0, page!.Total);
        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("", "Selector option not found")]
    [InlineData("?fetch=descendants:/", "Selector option not found")]
    [InlineData("?fetch=children:", "Selector option not found")]
    [InlineData("?fetch=children:/&filter=contentType:Image", "Filter option not found")]
    [InlineData("?fetch=children:/&filter=name", "Filter option not found")]
    [InlineData("?fetch=children:/&filter=name:a:b", "Filter option not found")]
    [InlineData("?fetch=children:/&sort=level:asc", "Sort option not found")]
    [InlineData("?fetch=children:/&sort=name", "Sort option not found")]
    [InlineData("?fetch=children:/&sort=name:up", "Sort option not found")]
    [InlineData("?fetch=children:/&take=101", "Invalid paging")]
    [InlineData("?fetch=children:/&skip=-1", "Invalid paging")]
    public async Task Bad_query_is_400_problem_details_with_umbracos_title(string query, string title)
    {
        using var response = await app.CreateClient().GetAsync(Api + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Media_picker_values_resolve_with_local_focal_point_and_local_crops_first()
    {
        var image = await app.UploadOkAsync(TestImages.Png(), "picked.png");
        var pdf = await app.UploadOkAsync(TestImages.Pdf(), "picked.pdf");
        await app.WithMediaServiceAsync(s => s.SetFocalPointAsync(image.Id, new ImageFocalPoint(0.2, 0.2), "test"));
        await app.WithMediaServiceAsync(s => s.SetCropsAsync(image.Id, [new ImageCrop("thumb", 50, 50, null), new ImageCrop("wide", 90, 30, null)], "test"));
        var picks = new[]
        {
            new PickedMedia(image.Id, new ImageFocalPoint(0.7, 0.6), [new ImageCrop("wide", 300, 100, new ImageCropCoordinates(0, 0, 0, 0.5))]),
            new PickedMedia(Guid.NewGuid()),
            new PickedMedia(pdf.Id),
            new PickedMedia(image.Id),
        };

        var resolved = await app.WithScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<MediaDeliveryService>(sp).ResolvePickedAsync(picks));

        Assert.Equal([image.Id, pdf.Id, image.Id], resolved.Select(r => r.Id).ToArray());
        Assert.Equal(new ImageFocalPoint(0.7, 0.6), resolved[0].FocalPoint);
        Assert.Equal(["wide", "thumb"], resolved[0].Crops.Select(c => c.Alias).ToArray());
        Assert.Equal(300, resolved[0].Crops[0].Width);
        Assert.Equal(new ImageFocalPoint(0.2, 0.2), resolved[2].FocalPoint);
        Assert.Equal(["thumb", "wide"], resolved[2].Crops.Select(c => c.Alias).ToArray());
        Assert.Empty(resolved[1].Crops);
        Assert.Equal(pdf.Url, resolved[1].Url);
        var json = JsonSerializer.Serialize(resolved[0], JsonSerializerOptions.Web);
        Assert.StartsWith("{\"focalPoint\":{\"left\":0.7,\"top\":0.6},\"crops\":[{\"alias\":\"wide\"", json, StringComparison.Ordinal);
    }

    private async Task<Guid> CreateFolderAsync(string name)
    {
        var result = await app.WithMediaServiceAsync(s => s.CreateFolderAsync(name, null, "test"));
        Assert.True(result.Succeeded, result.Message);
        return result.Item!.Key;
    }

    private async Task EnsurePathFixtureAsync()
    {
        var exists = await app.CreateClient().GetAsync($"{Api}/item/path folder/report");
        if (exists.StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        var folder = await CreateFolderAsync("Path Folder");
        await app.UploadOkAsync(TestImages.Pdf(), "Report.pdf", new Dictionary<string, string> { ["parentId"] = folder.ToString() });
    }
}
