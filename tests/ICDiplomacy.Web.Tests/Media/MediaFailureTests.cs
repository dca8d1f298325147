using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaFailureTests
{
    [Fact]
    public async Task Upload_on_a_full_disk_is_507_with_a_clear_message_and_no_row()
    {
        await using var app = MediaAppFactory.With(new Dictionary<string, string?>(), services =>
        {
            services.RemoveAll<IMediaFileStore>();
            services.AddSingleton<IMediaFileStore, FullDiskMediaFileStore>();
        });

        using var response = await app.UploadAsync(TestImages.Png(), "a.png");

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("disk", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(0, await app.MediaRowCountAsync());
        Assert.Equal(0, app.TempFileCount());
    }

    [Fact]
    public async Task Start_up_sweeps_temp_files_left_by_a_crash()
    {
        await using var app = new MediaAppFactory();
        var stale = Path.Combine(app.DataDirectory, "media", ".tmp", "crashed.tmp");
        var staleUpload = Path.Combine(app.DataDirectory, "tmp", "uploads", "upload-crashed.tmp");
        foreach (var file in new[] { stale, staleUpload })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, "half");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-1));
        }

        _ = app.Services;

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleUpload));
    }
}
