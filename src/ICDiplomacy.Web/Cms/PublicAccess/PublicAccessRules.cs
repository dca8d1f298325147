using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// The one place that answers "is this path protected, and for whom": a small in-memory snapshot of every
/// public access rule, reloaded after a change. The node that makes the change invalidates it at commit; other
/// nodes sharing the database invalidate it from the outbox (<see cref="PublicAccessInvalidator"/>).
/// </summary>
public sealed class PublicAccessRules
{
    private readonly Lock _gate = new();
    private long _generation = 1;
    private PublicAccessSnapshot? _snapshot;
    private long _snapshotGeneration;

    /// <summary>Marks the snapshot stale; the next read reloads it.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async ValueTask<PublicAccessSnapshot> GetAsync(CmsDbContext db, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        var current = Volatile.Read(ref _snapshot);
        if (current is not null && Interlocked.Read(ref _snapshotGeneration) == generation)
        {
            return current;
        }

        // Stamped with the generation read before loading: an invalidation during the load forces another reload.
        var loaded = await LoadAsync(db, generation, ct);
        lock (_gate)
        {
            if (generation >= Interlocked.Read(ref _snapshotGeneration))
            {
                Volatile.Write(ref _snapshot, loaded);
                Interlocked.Exchange(ref _snapshotGeneration, generation);
            }
        }

        return loaded;
    }

    private static async Task<PublicAccessSnapshot> LoadAsync(CmsDbContext db, long generation, CancellationToken ct)
    {
        var entries = await db.PublicAccessEntries.AsNoTracking()
            .Join(db.Documents.AsNoTracking(), e => e.DocumentId, d => d.Id, (e, d) => new { e.Id, e.DocumentId, d.Key })
            .ToListAsync(ct);
        if (entries.Count == 0)
        {
            return new PublicAccessSnapshot(generation, new Dictionary<long, ProtectedNode>());
        }

        var rules = await db.PublicAccessRules.AsNoTracking()
            .Select(r => new
            {
                r.EntryId,
                MemberKey = db.Members.Where(m => m.Id == r.MemberId).Select(m => (Guid?)m.Key).FirstOrDefault(),
                GroupKey = db.MemberGroups.Where(g => g.Id == r.MemberGroupId).Select(g => (Guid?)g.Key).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byEntry = rules.ToLookup(r => r.EntryId);
        var nodes = entries.ToDictionary(
            e => e.DocumentId,
            e => new ProtectedNode(
                e.DocumentId,
                e.Key,
                byEntry[e.Id].Where(r => r.MemberKey is not null).Select(r => r.MemberKey!.Value).ToHashSet(),
                byEntry[e.Id].Where(r => r.GroupKey is not null).Select(r => r.GroupKey!.Value).ToHashSet()));
        return new PublicAccessSnapshot(generation, nodes);
    }
}
