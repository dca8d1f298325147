using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>
/// Until the media library exists every media picker renders as <c>[]</c> (Umbraco's value for an empty pick).
/// TODO(media branch): the media feature registers its own <see cref="IMediaPickerResolver"/> in its module
/// (<c>services.Replace(ServiceDescriptor.Scoped&lt;IMediaPickerResolver, …&gt;())</c>) when it is merged.
/// </summary>
internal sealed class NoMediaPickerResolver : IMediaPickerResolver
{
    private static readonly IReadOnlyDictionary<Guid, JsonObject> None = new Dictionary<Guid, JsonObject>();

    public Task<IReadOnlyDictionary<Guid, JsonObject>> ResolveAsync(IReadOnlyCollection<Guid> mediaKeys, DeliveryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(None);
}
