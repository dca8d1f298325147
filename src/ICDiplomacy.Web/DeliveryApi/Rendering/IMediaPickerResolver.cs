using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>
/// Turns media keys picked with <c>Umbraco.MediaPicker3</c> into Delivery API media objects
/// (<c>{ focalPoint, crops, id, name, mediaType, url, extension, width, height, bytes, properties }</c>).
/// Called once per response with every key it contains; keys it does not return (missing, trashed) are left
/// out of the picker's array. The renderer applies a picked item's local focal point on top.
/// </summary>
public interface IMediaPickerResolver
{
    Task<IReadOnlyDictionary<Guid, JsonObject>> ResolveAsync(IReadOnlyCollection<Guid> mediaKeys, DeliveryRequest request, CancellationToken cancellationToken);
}
