namespace ICDiplomacy.Web.Media;

/// <summary>
/// Where media files live. Names are server-generated (<see cref="MediaStorageNames"/>); a client's file
/// name never reaches an implementation.
/// </summary>
public interface IMediaFileStore
{
    /// <summary>Writes a new file in full or not at all; throws <see cref="IOException"/> when storage fails.</summary>
    Task SaveAsync(string storageName, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string storageName, CancellationToken cancellationToken);

    /// <summary>Removes the file; a missing file is not an error.</summary>
    Task DeleteAsync(string storageName, CancellationToken cancellationToken);
}
