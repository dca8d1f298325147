using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Backoffice;

public sealed record CreateMediaFolderRequest(string? Name, ReferenceById? Parent);

/// <summary>A whole edit of a media item (<see cref="MediaEdit"/>): null focal point, crops or alt text clear them.</summary>
public sealed record UpdateMediaRequest(int? Version, string? Name, ImageFocalPoint? FocalPoint, IReadOnlyList<ImageCrop>? Crops, string? AltText);

public sealed record MoveMediaRequest(ReferenceById? Target);

public sealed record SortMediaRequest(ReferenceById? Parent, IReadOnlyList<ReferenceById>? Sorting);

/// <summary>
/// A media item as the management API shows it: the Delivery API's fields plus what editors need (parent,
/// recycle-bin state, sort order, the version to base an edit on).
/// </summary>
public sealed record MediaManagementResponse(
    Guid Id,
    string Name,
    string MediaType,
    ReferenceById? Parent,
    bool IsTrashed,
    int SortOrder,
    int Version,
    string Path,
    string Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    ImageFocalPoint? FocalPoint,
    IReadOnlyList<ImageCrop>? Crops,
    string? AltText,
    DateTime CreateDate,
    DateTime UpdateDate);

/// <summary>Umbraco's paged management list.</summary>
public sealed record PagedResponse<T>(long Total, IReadOnlyList<T> Items);
