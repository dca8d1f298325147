namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>Umbraco's redirect URL tracking: an old published route that now answers 301.</summary>
public sealed class RedirectUrl
{
    public long Id { get; set; }
    public Guid DocumentKey { get; set; }
    public long RootId { get; set; }
    public required string Culture { get; set; }
    public required string Route { get; set; }
    public DateTime CreatedUtc { get; set; }
}
