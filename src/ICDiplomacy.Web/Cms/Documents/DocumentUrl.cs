namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// The published route of a document in one culture (an invariant document has one per configured culture its
/// ancestors are published in), kept current on publish, unpublish, move and trash so routing is one indexed
/// lookup. A row exists only while the document and all its ancestors are published in that culture and none is
/// in the recycle bin, so "published, not trashed and routed in the culture" is the public visibility rule.
/// </summary>
public sealed class DocumentUrl
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    /// <summary>The root the route is relative to (Umbraco's start item).</summary>
    public long RootId { get; set; }
    public required string Culture { get; set; }
    /// <summary>Route below the root with leading and trailing slash; the root itself is "/".</summary>
    public required string Route { get; set; }
    public required string Segment { get; set; }
    public required string Name { get; set; }
    public DateTime PublishDate { get; set; }
}
