namespace ICDiplomacy.Web.Cms.Audit;

/// <summary>Who did what, when. Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public Guid? EntityKey { get; set; }
    public string? Details { get; set; }
}
