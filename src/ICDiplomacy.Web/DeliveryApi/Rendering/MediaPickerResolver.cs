using System.Text.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>MediaPicker3 values from the media library, in one round trip per response; trashed, missing and folder media are left out.</summary>
internal sealed class MediaPickerResolver(MediaDeliveryService media) : IMediaPickerResolver
{
    public async Task<IReadOnlyDictionary<Guid, JsonObject>> ResolveAsync(IReadOnlyCollection<Guid> mediaKeys, DeliveryRequest request, CancellationToken cancellationToken)
    {
        var items = await media.ResolvePickedAsync(mediaKeys.Select(k => new PickedMedia(k)).ToList(), cancellationToken);
        return items.ToDictionary(i => i.Id, i => JsonSerializer.SerializeToNode(i, DeliveryJson.Options)!.AsObject());
    }
}
