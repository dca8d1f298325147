namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>A node in the content tree. Content lives in immutable <see cref="DocumentVersion"/> rows.</summary>
public sealed class Document
{
    /// <summary>Umbraco's parent id for items in the content recycle bin.</summary>
    public const long RecycleBinId = -20;

    public long Id { get; set; }
    public Guid Key { get; set; }
    public long? ParentId { get; set; }
    /// <summary>Comma-joined ids from the root to this node, as Umbraco writes it: "-1,12,45".</summary>
    public string Path { get; set; } = "";
    /// <summary>Root = 1.</summary>
    public int Level { get; set; }
    public int SortOrder { get; set; }
    public required string ContentType { get; set; }
    public bool Trashed { get; set; }
    /// <summary>The number of the newest version (draft or published); every save must name it.</summary>
    public int LatestVersion { get; set; }
    /// <summary>The number of the version that is live, if any.</summary>
    public int? PublishedVersion { get; set; }
    /// <summary>Cultures live now, comma-joined; "*" when the type is invariant; null when unpublished.</summary>
    public string? PublishedCultures { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
}
