namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// The current (draft) name and URL segment of a document in one culture, indexed so that sibling
/// segment uniqueness is one lookup instead of reading every sibling's JSON. Removed while trashed.
/// </summary>
public sealed class DocumentVariant
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    /// <summary>Parent id, or -1 for roots (so the unique index also covers roots).</summary>
    public long ParentId { get; set; }
    public required string Culture { get; set; }
    public required string Name { get; set; }
    public required string Segment { get; set; }
}
