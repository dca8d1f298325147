using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Tests.Media;

/// <summary>A media store on a full disk: every write fails as the OS reports ENOSPC.</summary>
public sealed class FullDiskMediaFileStore : IMediaFileStore
{
    public Task SaveAsync(string storageName, Stream content, CancellationToken cancellationToken) =>
        throw new IOException("No space left on device");

    public Task<Stream?> OpenReadAsync(string storageName, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

    public Task DeleteAsync(string storageName, CancellationToken cancellationToken) => Task.CompletedTask;
}
