using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Backoffice;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using ICDiplomacy.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Backoffice;

/// <summary>The media section of the management API: every route's happy path, its refusals and the authorisation matrix.</summary>
public sealed class MediaManagementTests : IAsyncLifetime
{
    private const string Api = "/umbraco/management/api/v1";
    private const string Secret = "another-long-enough-client-secret-0123";
    private MediaAppFactory _app = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _app = new MediaAppFactory();
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        await users.CreateApiClientAsync("writer-client", Secret, UserGroups.Writers, "test", CancellationToken.None);
        await users.CreateApiClientAsync("translator-client", Secret, UserGroups.Translators, "test", CancellationToken.None);
        _admin = await _app.AdminClientAsync();
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Upload_with_a_bearer_token_is_201_with_the_management_item_and_audited()
    {
        var folder = await FolderAsync("Press kit");

        using var response = await _app.UploadAsync(TestImages.Png(), "logo.png", new Dictionary<string, string> { ["parentId"] = folder.ToString(), ["altText"] = "Logo" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = (await response.Content.ReadFromJsonAsync<MediaManagementResponse>())!;
        Assert.Equal(folder, item.Parent?.Id);
        Assert.Equal("Logo", item.AltText);
        Assert.Equal($"/umbraco/management/api/v1/media/{item.Id}", response.Headers.Location?.ToString());
        var audit = await _admin.GetFromJsonAsync<JsonArray>($"{Api}/audit-log?entityKey={item.Id}");
        Assert.Contains(audit!, a => a!["action"]!.GetValue<string>() == "media.create" && a["actor"]!.GetValue<string>() == MediaAppFactory.ClientId);
    }

    [Fact]
    public async Task Upload_with_only_the_retired_upload_key_header_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MediaAppFactory.UploadPath) { Content = MediaAppFactory.Form(TestImages.Png(), "a.png") };
        request.Headers.Add("Api-Key", MediaAppFactory.DeliveryKey);

        using var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _app.MediaRowCountAsync());
    }

    [Fact]
    public async Task Every_route_needs_a_token()
    {
        var anonymous = _app.CreateClient();
        var id = Guid.NewGuid();
        var requests = new (HttpMethod Method, string Url)[]
        {
            (HttpMethod.Post, $"{Api}/media/folder"), (HttpMethod.Get, $"{Api}/media/{id}"), (HttpMethod.Put, $"{Api}/media/{id}"),
            (HttpMethod.Put, $"{Api}/media/{id}/move"), (HttpMethod.Put, $"{Api}/media/sort"), (HttpMethod.Get, $"{Api}/tree/media/root"),
            (HttpMethod.Get, $"{Api}/tree/media/children?parentId={id}"), (HttpMethod.Get, $"{Api}/recycle-bin/media/root"),
            (HttpMethod.Put, $"{Api}/media/{id}/move-to-recycle-bin"), (HttpMethod.Put, $"{Api}/recycle-bin/media/{id}/restore"),
            (HttpMethod.Delete, $"{Api}/recycle-bin/media/{id}"),
        };

        foreach (var (method, url) in requests)
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(new { }) });
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Writers_may_upload_and_edit_but_not_trash_or_delete_and_translators_have_no_media_access()
    {
        var writer = await ClientAsync("writer-client");
        var translator = await ClientAsync("translator-client");

        using var upload = await _app.UploadAsync(TestImages.Png(), "w.png", bearer: writer.DefaultRequestHeaders.Authorization!.Parameter);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<MediaManagementResponse>())!.Id;

        Assert.Equal(HttpStatusCode.OK, (await writer.PutAsJsonAsync($"{Api}/media/{id}", new { version = 1, name = "Renamed by writer" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsync($"{Api}/media/{id}/move-to-recycle-bin", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.DeleteAsync($"{Api}/recycle-bin/media/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync($"{Api}/media/{id}")).StatusCode);
        using var translatorUpload = await _app.UploadAsync(TestImages.Png(), "t.png", bearer: translator.DefaultRequestHeaders.Authorization!.Parameter);
        Assert.Equal(HttpStatusCode.Forbidden, translatorUpload.StatusCode);
    }

    [Fact]
    public async Task Create_folder_get_and_list_children_round_trip()
    {
        var root = await FolderAsync("Reports");
        var child = await FolderAsync("2025", root);

        var got = await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{child}");
        var children = await _admin.GetFromJsonAsync<PagedResponse<MediaManagementResponse>>($"{Api}/tree/media/children?parentId={root}");
        var rootPage = await _admin.GetFromJsonAsync<PagedResponse<MediaManagementResponse>>($"{Api}/tree/media/root?take=1");

        Assert.Equal(("2025", "Folder", root, "/reports/2025/"), (got!.Name, got.MediaType, got.Parent?.Id, got.Path));
        Assert.Equal(child, Assert.Single(children!.Items).Id);
        Assert.Equal(1, rootPage!.Total);
        Assert.Equal(root, Assert.Single(rootPage.Items).Id);
    }

    [Fact]
    public async Task Create_folder_refusals_are_400_naming_the_field()
    {
        var noName = await _admin.PostAsJsonAsync($"{Api}/media/folder", new { name = " \u0000 " });
        var badParent = await _admin.PostAsJsonAsync($"{Api}/media/folder", new { name = "x", parent = new { id = Guid.NewGuid() } });

        await AssertFieldErrorAsync(noName, "name");
        await AssertFieldErrorAsync(badParent, "parent");
        Assert.Equal(0, await _app.MediaRowCountAsync());
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var id = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/media/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PutAsJsonAsync($"{Api}/media/{id}", new { version = 1, name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PutAsJsonAsync($"{Api}/media/{id}/move", new { target = (object?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PutAsync($"{Api}/media/{id}/move-to-recycle-bin", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PutAsJsonAsync($"{Api}/recycle-bin/media/{id}/restore", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.DeleteAsync($"{Api}/recycle-bin/media/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/tree/media/children?parentId={id}")).StatusCode);
    }

    [Fact]
    public async Task Edit_sets_name_focal_point_crops_and_alt_text_together()
    {
        var image = await UploadAsync("edit.png");

        var response = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new
        {
            version = image.Version,
            name = "Edited",
            focalPoint = new { left = 0.25, top = 0.75 },
            crops = new[] { new { alias = "thumb", width = 200, height = 100, coordinates = new { x1 = 0.1, y1 = 0.1, x2 = 0.1, y2 = 0.1 } } },
            altText = "Edited alt",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var got = (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!;
        Assert.Equal(("Edited", 0.25, "Edited alt", image.Version + 1), (got.Name, got.FocalPoint!.Left, got.AltText, got.Version));
        Assert.Equal("thumb", Assert.Single(got.Crops!).Alias);

        var again = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new
        {
            version = got.Version,
            name = "Edited",
            crops = new[] { new { alias = "thumb", width = 300, height = 150 }, new { alias = "wide", width = 800, height = 200 } },
        });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var regot = (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!;
        Assert.Equal([("thumb", 300), ("wide", 800)], regot.Crops!.Select(c => (c.Alias, c.Width)));
        Assert.Null(regot.FocalPoint);
        Assert.Null(regot.AltText);
    }

    [Fact]
    public async Task Edit_with_a_bad_field_changes_nothing_and_names_the_field()
    {
        var image = await UploadAsync("atomic.png");

        var badCrop = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new
        {
            version = image.Version,
            name = "Should not stick",
            focalPoint = new { left = 0.5, top = 0.5 },
            crops = new[] { new { alias = "1bad", width = 10, height = 10 } },
        });
        var badFocal = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new { version = image.Version, name = "x", focalPoint = new { left = 2, top = 0 } });
        var noVersion = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new { name = "x" });

        await AssertFieldErrorAsync(badCrop, "crops");
        await AssertFieldErrorAsync(badFocal, "focalPoint");
        await AssertFieldErrorAsync(noVersion, "version");
        var got = (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!;
        Assert.Equal(("atomic", image.Version), (got.Name, got.Version));
        Assert.Null(got.FocalPoint);
    }

    [Fact]
    public async Task Edit_based_on_a_stale_version_is_409_with_the_current_version()
    {
        var image = await UploadAsync("stale.png");
        Assert.Equal(HttpStatusCode.OK, (await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new { version = image.Version, name = "First" })).StatusCode);

        var stale = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}", new { version = image.Version, name = "Lost edit" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(image.Version + 1, (await stale.Content.ReadFromJsonAsync<JsonObject>())!["currentVersion"]!.GetValue<int>());
        Assert.Equal("First", (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!.Name);
    }

    [Fact]
    public async Task Folder_refuses_image_only_fields()
    {
        var folder = await FolderAsync("No crops here");

        var response = await _admin.PutAsJsonAsync($"{Api}/media/{folder}", new { version = 1, name = "x", altText = "alt" });

        await AssertFieldErrorAsync(response, "altText");
    }

    [Fact]
    public async Task Move_relocates_and_refuses_a_target_below_itself_naming_target()
    {
        var a = await FolderAsync("A");
        var b = await FolderAsync("B", a);
        var image = await UploadAsync("moving.png");

        var moved = await _admin.PutAsJsonAsync($"{Api}/media/{image.Id}/move", new { target = new { id = b } });
        var intoSelf = await _admin.PutAsJsonAsync($"{Api}/media/{a}/move", new { target = new { id = b } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("/a/b/moving/", (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!.Path);
        await AssertFieldErrorAsync(intoSelf, "target");
    }

    [Fact]
    public async Task Sort_reorders_a_folder_and_refuses_an_incomplete_list()
    {
        var folder = await FolderAsync("Sorted");
        var first = await FolderAsync("One", folder);
        var second = await FolderAsync("Two", folder);

        var incomplete = await _admin.PutAsJsonAsync($"{Api}/media/sort", new { parent = new { id = folder }, sorting = new[] { new { id = second } } });
        var sorted = await _admin.PutAsJsonAsync($"{Api}/media/sort", new { parent = new { id = folder }, sorting = new[] { new { id = second }, new { id = first } } });

        await AssertFieldErrorAsync(incomplete, "sorting");
        Assert.Equal(HttpStatusCode.OK, sorted.StatusCode);
        var children = await _admin.GetFromJsonAsync<PagedResponse<MediaManagementResponse>>($"{Api}/tree/media/children?parentId={folder}");
        Assert.Equal([second, first], children!.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Trash_restore_and_delete_go_through_the_recycle_bin()
    {
        var image = await UploadAsync("binned.png");
        var url = (await _admin.GetFromJsonAsync<MediaManagementResponse>($"{Api}/media/{image.Id}"))!.Url;

        Assert.Equal(HttpStatusCode.Conflict, (await _admin.DeleteAsync($"{Api}/recycle-bin/media/{image.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PutAsync($"{Api}/media/{image.Id}/move-to-recycle-bin", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(url)).StatusCode);
        var bin = await _admin.GetFromJsonAsync<PagedResponse<MediaManagementResponse>>($"{Api}/recycle-bin/media/root");
        Assert.True(Assert.Single(bin!.Items).IsTrashed);

        Assert.Equal(HttpStatusCode.OK, (await _admin.PutAsJsonAsync($"{Api}/recycle-bin/media/{image.Id}/restore", new { target = (object?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(url)).StatusCode);
        var restoreLive = await _admin.PutAsJsonAsync($"{Api}/recycle-bin/media/{image.Id}/restore", new { });
        await AssertFieldErrorAsync(restoreLive, "id");

        await _admin.PutAsync($"{Api}/media/{image.Id}/move-to-recycle-bin", null);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"{Api}/recycle-bin/media/{image.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Api}/media/{image.Id}")).StatusCode);
        Assert.Equal(0, _app.StoredFileCount());
        var actions = await _app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Audit.Where(a => a.EntityKey == image.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["media.create", "media.trash", "media.restore", "media.trash", "media.delete"], actions);
    }

    [Fact]
    public async Task Paging_out_of_range_is_400_naming_the_field()
    {
        await AssertFieldErrorAsync(await _admin.GetAsync($"{Api}/tree/media/root?take=0"), "take");
        await AssertFieldErrorAsync(await _admin.GetAsync($"{Api}/tree/media/root?skip=-1"), "skip");
        await AssertFieldErrorAsync(await _admin.GetAsync($"{Api}/tree/media/children"), "parentId");
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Management_round_trip_works_on_the_provider(DatabaseProvider provider)
    {
        await using var app = MediaAppFactory.With(new Dictionary<string, string?>(), database: await TestDatabase.CreateAsync(provider));
        var admin = await app.AdminClientAsync();
        var folder = (await (await admin.PostAsJsonAsync($"{Api}/media/folder", new { name = "Provider" })).Content.ReadFromJsonAsync<MediaManagementResponse>())!;
        var a = await app.UploadOkAsync(TestImages.Png(), "a.png", new Dictionary<string, string> { ["parentId"] = folder.Id.ToString() });
        var b = await app.UploadOkAsync(TestImages.Png(), "b.png", new Dictionary<string, string> { ["parentId"] = folder.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/media/{a.Id}", new { version = a.Version, name = "A", crops = new[] { new { alias = "thumb", width = 10, height = 10 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/media/{a.Id}", new { version = a.Version + 1, name = "A", crops = new[] { new { alias = "thumb", width = 20, height = 20 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/media/{folder.Id}", new { version = folder.Version, name = "Provider renamed" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/media/sort", new { parent = new { id = folder.Id }, sorting = new[] { new { id = b.Id }, new { id = a.Id } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync($"{Api}/media/{folder.Id}/move-to-recycle-bin", null)).StatusCode);
        var bin = await admin.GetFromJsonAsync<PagedResponse<MediaManagementResponse>>($"{Api}/recycle-bin/media/root");
        Assert.Equal(folder.Id, Assert.Single(bin!.Items).Id);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Api}/recycle-bin/media/{folder.Id}")).StatusCode);

        Assert.Equal(0, await app.MediaRowCountAsync());
    }

    private async Task<HttpClient> ClientAsync(string clientId)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _app.TokenAsync(clientId, Secret));
        return client;
    }

    private async Task<Guid> FolderAsync(string name, Guid? parent = null)
    {
        using var response = await _admin.PostAsJsonAsync($"{Api}/media/folder", new { name, parent = parent is null ? null : new { id = parent } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MediaManagementResponse>())!.Id;
    }

    private Task<MediaManagementResponse> UploadAsync(string fileName) => _app.UploadOkAsync(TestImages.Png(), fileName);

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.Parse(body)!["errors"]?.AsObject().ContainsKey(field) == true, body);
    }
}
