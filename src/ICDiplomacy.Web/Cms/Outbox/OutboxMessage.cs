namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>
/// A change written in the same transaction as the content it describes; subscribers (search, caches,
/// webhooks) read it after commit and again at start-up, so a crash never leaves them behind.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Event { get; set; }
    public Guid EntityKey { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Cultures affected, comma-joined; "*" for invariant or all.</summary>
    public string? Cultures { get; set; }
    public DateTime CreatedUtc { get; set; }
}
