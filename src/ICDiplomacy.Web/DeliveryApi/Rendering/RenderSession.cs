using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>Everything one response is rendered from: the request, the referenced items read in batches, and media.</summary>
public sealed class RenderSession(DeliveryRequest request, PropertySelection? expand, PropertySelection? fields)
{
    private readonly Dictionary<long, VersionData> _data = [];

    public DeliveryRequest Request { get; } = request;
    public PropertySelection? Expand { get; } = expand;
    public PropertySelection? Fields { get; } = fields;

    /// <summary>Referenced documents that are visible to this request; a key that is absent renders as null or is left out.</summary>
    public Dictionary<Guid, ContentRow> References { get; } = [];

    public IReadOnlyDictionary<Guid, JsonObject> Media { get; set; } = new Dictionary<Guid, JsonObject>();

    public IReadOnlyList<RootItem> Roots { get; set; } = [];

    /// <summary>Every document the response depends on, visible or not (cache tags: a change to any of them changes it).</summary>
    public HashSet<Guid> ContentKeys { get; } = [];

    public HashSet<Guid> MediaKeys { get; } = [];

    public VersionData? DataOf(ContentRow row)
    {
        if (row.Data is null)
        {
            return null;
        }

        if (!_data.TryGetValue(row.Id, out var data))
        {
            data = VersionData.Deserialize(row.Data);
            _data[row.Id] = data;
        }

        return data;
    }
}
