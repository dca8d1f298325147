using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaServiceTests(MediaAppFactory app) : IClassFixture<MediaAppFactory>
{
    [Fact]
    public async Task Rename_of_a_folder_rewrites_the_paths_below_it()
    {
        var folder = await FolderAsync("Reports 2025");
        var child = await UploadAsync(TestImages.Pdf(), "brief.pdf", folder.Key);

        var renamed = await Service(s => s.RenameAsync(folder.Key, "Reports / 2025 final", "test"));

        Assert.True(renamed.Succeeded, renamed.Message);
        Assert.Equal("Reports - 2025 final", renamed.Item!.Name);
        Assert.Equal("/reports - 2025 final/brief/", (await LoadAsync(child.Key)).NamePath);
    }

    [Fact]
    public async Task Move_relocates_the_branch_and_refuses_a_move_below_itself()
    {
        var a = await FolderAsync("Move A");
        var b = await FolderAsync("Move B", a.Key);
        var image = await UploadAsync(TestImages.Png(), "pic.png", b.Key);
        var target = await FolderAsync("Move Target");

        var intoSelf = await Service(s => s.MoveAsync(a.Key, b.Key, "test"));
        var moved = await Service(s => s.MoveAsync(b.Key, target.Key, "test"));

        Assert.Equal(MediaOperationStatus.Invalid, intoSelf.Status);
        Assert.Equal("parentId", intoSelf.Field);
        Assert.True(moved.Succeeded, moved.Message);
        var reloaded = await LoadAsync(image.Key);
        Assert.Equal("/move target/move b/pic/", reloaded.NamePath);
        Assert.Equal(3, reloaded.Level);
        Assert.StartsWith((await LoadAsync(target.Key)).Path + ",", reloaded.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_into_an_image_is_refused()
    {
        var image = await UploadAsync(TestImages.Png(), "host.png", null);
        var other = await UploadAsync(TestImages.Png(), "guest.png", null);

        var result = await Service(s => s.MoveAsync(other.Key, image.Key, "test"));

        Assert.Equal(MediaOperationStatus.Invalid, result.Status);
    }

    [Fact]
    public async Task Trash_hides_the_whole_branch_and_restore_brings_it_back_with_a_free_name()
    {
        var folder = await FolderAsync("Trash Me");
        var child = await UploadAsync(TestImages.Png(), "inside.png", folder.Key);

        await Service(s => s.TrashAsync(folder.Key, "test"));
        var trashedChild = await LoadAsync(child.Key);
        var clash = await FolderAsync("Trash Me");
        var restored = await Service(s => s.RestoreAsync(folder.Key, "test"));

        Assert.True(trashedChild.Trashed);
        Assert.True(restored.Succeeded, restored.Message);
        Assert.Equal("Trash Me (1)", restored.Item!.Name);
        var back = await LoadAsync(child.Key);
        Assert.False(back.Trashed);
        Assert.Equal("/trash me (1)/inside/", back.NamePath);
        Assert.NotEqual(clash.Key, restored.Item.Key);
    }

    [Fact]
    public async Task Delete_removes_rows_then_the_file_and_its_cached_derivatives_and_writes_outbox_events()
    {
        var folder = await FolderAsync("Delete Me");
        var image = await UploadAsync(TestImages.Png(200, 100), "doomed.png", folder.Key);
        await app.GetBytesAsync(MediaDeliveryService.UrlOf(image) + "?width=50");
        var storedFile = Path.Combine(app.MediaRoot, image.StorageName!);
        var cacheFolder = Path.Combine(app.DataDirectory, "media-cache", image.Key.ToString("N"));
        Assert.True(File.Exists(storedFile));
        Assert.True(Directory.Exists(cacheFolder));

        var deleted = await Service(s => s.DeleteAsync(folder.Key, "test"));

        Assert.True(deleted.Succeeded);
        Assert.False(File.Exists(storedFile));
        Assert.False(Directory.Exists(cacheFolder));
        var events = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox
            .Where(o => o.EntityKey == image.Key).Select(o => o.Event).ToListAsync());
        Assert.Contains(MediaEvents.Saved, events);
        Assert.Contains(MediaEvents.Deleted, events);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Media.AnyAsync(m => m.Key == image.Key || m.Key == folder.Key)));
        Assert.Empty(await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().MediaCrops.Where(c => c.MediaId == image.Id).ToListAsync()));
    }

    [Theory]
    [InlineData("1bad", 10, 10, null)]
    [InlineData("ok", 0, 10, null)]
    [InlineData("ok", 10, 5000, null)]
    [InlineData("ok", 10, 10, "0.6,0,0.5,0")]
    [InlineData("ok", 10, 10, "-0.1,0,0,0")]
    public async Task Invalid_crops_are_refused_naming_crops(string alias, int width, int height, string? coordinates)
    {
        var image = await UploadAsync(TestImages.Png(), "cropped.png", null);
        var c = coordinates?.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var crop = new ImageCrop(alias, width, height, c is null ? null : new ImageCropCoordinates(c[0], c[1], c[2], c[3]));

        var result = await Service(s => s.SetCropsAsync(image.Key, [crop], "test"));

        Assert.Equal(MediaOperationStatus.Invalid, result.Status);
        Assert.Equal("crops", result.Field);
    }

    [Fact]
    public async Task Duplicate_crop_aliases_and_crops_on_a_pdf_are_refused()
    {
        var image = await UploadAsync(TestImages.Png(), "twice.png", null);
        var pdf = await UploadAsync(TestImages.Pdf(), "doc.pdf", null);

        var twice = await Service(s => s.SetCropsAsync(image.Key, [new ImageCrop("a", 1, 1, null), new ImageCrop("A", 2, 2, null)], "test"));
        var onPdf = await Service(s => s.SetCropsAsync(pdf.Key, [new ImageCrop("a", 1, 1, null)], "test"));
        var focalOnPdf = await Service(s => s.SetFocalPointAsync(pdf.Key, new ImageFocalPoint(0.5, 0.5), "test"));

        Assert.Equal(MediaOperationStatus.Invalid, twice.Status);
        Assert.Equal(MediaOperationStatus.Invalid, onPdf.Status);
        Assert.Equal(MediaOperationStatus.Invalid, focalOnPdf.Status);
    }

    [Fact]
    public async Task Focal_point_outside_zero_to_one_is_refused_and_a_valid_one_bumps_the_version()
    {
        var image = await UploadAsync(TestImages.Png(), "focus.png", null);

        var bad = await Service(s => s.SetFocalPointAsync(image.Key, new ImageFocalPoint(1.5, 0.5), "test"));
        var good = await Service(s => s.SetFocalPointAsync(image.Key, new ImageFocalPoint(0.25, 0.75), "test"));

        Assert.Equal("focalPoint", bad.Field);
        Assert.True(good.Succeeded);
        var reloaded = await LoadAsync(image.Key);
        Assert.Equal((0.25, 0.75), (reloaded.FocalLeft, reloaded.FocalTop));
        Assert.Equal(image.Version + 1, reloaded.Version);
    }

    [Fact]
    public async Task Upload_writes_an_outbox_event_with_the_media_type()
    {
        var image = await UploadAsync(TestImages.Png(), "event.png", null);

        var message = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox.SingleAsync(o => o.EntityKey == image.Key));

        Assert.Equal(MediaEvents.Saved, message.Event);
        Assert.Equal(MediaTypes.Image, message.ContentType);
    }

    [Fact]
    public async Task Upload_whose_row_cannot_be_written_leaves_no_file()
    {
        var files = app.StoredFileCount();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            app.WithMediaServiceAsync(s => s.UploadAsync(new MediaUpload(new MemoryStream(TestImages.Pdf()), "x.pdf"), "test", cancelled.Token)));

        Assert.Equal(files, app.StoredFileCount());
    }

    private Task<MediaResult> Service(Func<MediaService, Task<MediaResult>> work) => app.WithMediaServiceAsync(work);

    private async Task<MediaItem> FolderAsync(string name, Guid? parent = null)
    {
        var result = await Service(s => s.CreateFolderAsync(name, parent, "test"));
        Assert.True(result.Succeeded, result.Message);
        return result.Item!;
    }

    private async Task<MediaItem> UploadAsync(byte[] bytes, string fileName, Guid? parent)
    {
        var result = await Service(s => s.UploadAsync(new MediaUpload(new MemoryStream(bytes), fileName) { ParentKey = parent }, "test"));
        Assert.True(result.Succeeded, result.Message);
        return result.Item!;
    }

    private Task<MediaItem> LoadAsync(Guid key) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Media.AsNoTracking().SingleAsync(m => m.Key == key));
}
