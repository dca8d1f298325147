namespace ICDiplomacy.Web.Media;

/// <summary>
/// A file to add to the media library. <see cref="Content"/> must be seekable; <see cref="FileName"/> is the
/// client's name, used (sanitised) only for the default <see cref="Name"/> and for Content-Disposition.
/// </summary>
public sealed record MediaUpload(Stream Content, string? FileName)
{
    /// <summary>Name in the library; defaults to the file name without its extension.</summary>
    public string? Name { get; init; }

    /// <summary>A folder to upload into; null = the media root.</summary>
    public Guid? ParentKey { get; init; }

    /// <summary><see cref="MediaTypes.File"/> stores a PDF as a plain file; otherwise the type follows the content.</summary>
    public string? MediaType { get; init; }

    public string? AltText { get; init; }
}
