namespace ICDiplomacy.Web.Cms.Documents;

public enum VersionState
{
    Draft = 0,
    Published = 1,
}

/// <summary>An immutable snapshot of a document's names and property values, all cultures in one JSON column.</summary>
public sealed class DocumentVersion
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public int Number { get; set; }
    public VersionState State { get; set; }
    /// <summary>Serialised <see cref="VersionData"/>.</summary>
    public required string Data { get; set; }
    /// <summary>For published versions: the cultures live in this version, comma-joined ("*" for invariant).</summary>
    public string? PublishedCultures { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string Author { get; set; }
    public int? BasedOn { get; set; }
    public string? Comment { get; set; }
}
