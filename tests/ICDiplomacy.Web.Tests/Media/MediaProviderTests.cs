using System.Net;
using System.Net.Http.Json;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Media;

/// <summary>The media library's queries on each database provider (PostgreSQL runs where configured, as in CI).</summary>
public class MediaProviderTests
{
    private const string Api = "/umbraco/delivery/api/v2/media";

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Library_round_trip_works_on_the_provider(DatabaseProvider provider)
    {
        await using var app = MediaAppFactory.With(new Dictionary<string, string?>(), database: await TestDatabase.CreateAsync(provider));
        var client = app.CreateClient();
        var folder = (await app.WithMediaServiceAsync(s => s.CreateFolderAsync("Élan Vital", null, "test"))).Item!;
        var fields = new Dictionary<string, string> { ["parentId"] = folder.Key.ToString() };
        var photo = await app.UploadOkAsync(TestImages.Jpeg(), "Photo.jpg", fields);
        var report = await app.UploadOkAsync(TestImages.Pdf(), "Report.pdf", fields);
        await app.WithMediaServiceAsync(s => s.SetCropsAsync(photo.Id, [new ImageCrop("thumb", 10, 10, null)], "test"));
        await app.WithMediaServiceAsync(s => s.RenameAsync(folder.Key, "Élan Vital 2", "test"));

        var byPath = await client.GetFromJsonAsync<MediaItemResponse>($"{Api}/item/élan vital 2/photo");
        var page = await client.GetFromJsonAsync<MediaPagedResponse>($"{Api}?fetch=children:{folder.Key}&filter=name:PHO&sort=updateDate:desc&sort=name:asc");
        var picked = await app.WithScopeAsync(sp => sp.GetRequiredService<MediaDeliveryService>().ResolvePickedAsync([new PickedMedia(photo.Id)]));
        await app.WithMediaServiceAsync(s => s.TrashAsync(report.Id, "test"));
        var deleted = await app.WithMediaServiceAsync(s => s.DeleteAsync(folder.Key, "test"));
        using var gone = await client.GetAsync(photo.Url);

        Assert.Equal(photo.Id, byPath!.Id);
        Assert.Equal("/élan vital 2/photo/", byPath.Path);
        Assert.Equal(["Photo"], page!.Items.Select(i => i.Name).ToArray());
        Assert.Equal("thumb", Assert.Single(picked).Crops.Single().Alias);
        Assert.True(deleted.Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, await app.MediaRowCountAsync());
    }
}
