using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>
/// A document visible to one Delivery API request, with its name and update date in the requested culture;
/// the shape filters and sorts compose on before anything is read.
/// </summary>
public sealed class ContentCandidate
{
    public required Document Document { get; init; }

    /// <summary>Name in the requested culture (published name, or the draft name in preview).</summary>
    public required string Name { get; init; }

    /// <summary>Last publish of the culture (published), or last save (preview).</summary>
    public DateTime UpdateDate { get; init; }
}
