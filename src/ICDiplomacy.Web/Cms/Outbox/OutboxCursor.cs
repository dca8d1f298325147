namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>How far one subscriber (on one node, for node-local subscribers) has read the outbox.</summary>
public sealed class OutboxCursor
{
    public required string Subscriber { get; set; }
    public long LastId { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
