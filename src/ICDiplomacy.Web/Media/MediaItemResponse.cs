namespace ICDiplomacy.Web.Media;

/// <summary>
/// Umbraco's <c>IApiMediaWithCropsResponse</c>, property order as Umbraco writes it. <c>url</c>, <c>extension</c>
/// and <c>bytes</c> are empty/null for folders; <c>focalPoint</c> and <c>crops</c> are null for anything but images.
/// </summary>
public sealed record MediaItemResponse(
    string Path,
    DateTime CreateDate,
    DateTime UpdateDate,
    Guid Id,
    string Name,
    string MediaType,
    string Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    ImageFocalPoint? FocalPoint,
    IReadOnlyList<ImageCrop>? Crops,
    IReadOnlyDictionary<string, object?> Properties);
