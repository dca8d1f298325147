namespace ICDiplomacy.Web.Media;

/// <summary>
/// One entry of a MediaPicker3 value in the Delivery API (reference §1.6): the picker's own focal point
/// overrides the media's, and its local crops come first, followed by the media's crops of other aliases.
/// </summary>
public sealed record MediaPickerItem(
    ImageFocalPoint? FocalPoint,
    IReadOnlyList<ImageCrop> Crops,
    Guid Id,
    string Name,
    string MediaType,
    string Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    IReadOnlyDictionary<string, object?> Properties);
