using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// Reloads the protection snapshot on every node when a rule changes anywhere. Registered before the search and
/// cache subscribers, so by the time they re-read the affected items the snapshot is already current.
/// </summary>
internal sealed class PublicAccessInvalidator(PublicAccessRules rules) : IOutboxSubscriber
{
    public string Name => "public-access";

    public bool NodeLocal => true;

    public Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Any(m => m.Event == ContentEvents.PublicAccessChanged))
        {
            rules.Invalidate();
        }

        return Task.CompletedTask;
    }
}
