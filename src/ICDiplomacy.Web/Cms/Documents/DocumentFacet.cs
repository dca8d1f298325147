namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// One value of a facet-flagged property of the live version (a country code, a picked key, a tag, a date),
/// per culture ("*" for invariant values), so published content can be filtered with an indexed join.
/// </summary>
public sealed class DocumentFacet
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public required string Culture { get; set; }
    public required string Alias { get; set; }
    public required string Value { get; set; }
}
