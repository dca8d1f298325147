namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>
/// Something that must follow content changes (search index, caches, webhooks). It receives outbox
/// messages in order, after commit, at least once: handlers must be idempotent.
/// </summary>
public interface IOutboxSubscriber
{
    /// <summary>Stable name; the read position is stored under it.</summary>
    string Name { get; }

    /// <summary>True when every node keeps its own copy (a local search index); false when one node's handling is enough.</summary>
    bool NodeLocal { get; }

    Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
