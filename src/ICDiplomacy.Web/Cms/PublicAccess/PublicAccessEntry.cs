namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// Umbraco's "Public access" on a document (umbracoAccess): the document and its descendants are only for
/// the members and member groups named by its rules; the login and error pages are where a site sends visitors.
/// </summary>
public sealed class PublicAccessEntry
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public long DocumentId { get; set; }
    public long? LoginDocumentId { get; set; }
    public long? NoAccessDocumentId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
