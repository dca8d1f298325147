using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>
/// The newest outbox message id, which a public query compares with what the delivery index has applied before
/// answering from it. Read from the database at most every <see cref="MaxAge"/> and again after every commit
/// signalled on this node, instead of once per request: under load the statement was ~8 % of a list page's CPU.
/// A change committed on another node (or by a service that does not signal) can therefore reach a query
/// <see cref="MaxAge"/> later than before; that node's index applies it only at its next outbox poll anyway.
/// </summary>
public sealed class OutboxHeadReader(OutboxNotifier notifier)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(100);

    private Snapshot? _last;

    public async ValueTask<long> ReadAsync(Func<CancellationToken, Task<long?>> read, CancellationToken ct)
    {
        // The version is taken before the statement: a commit signalled while it runs makes the next request read again.
        var version = notifier.Version;
        var now = Environment.TickCount64;
        if (Volatile.Read(ref _last) is { } last && last.Version == version && now - last.ReadAt < MaxAge.TotalMilliseconds)
        {
            return last.Head;
        }

        var head = await read(ct) ?? 0;
        Volatile.Write(ref _last, new Snapshot(head, version, now));
        return head;
    }

    private sealed record Snapshot(long Head, long Version, long ReadAt);
}
