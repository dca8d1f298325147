using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Search;

/// <summary>What an index must re-read for a batch of outbox messages.</summary>
internal static class ChangedDocuments
{
    /// <summary>
    /// The keys the messages name, plus every descendant of a moved item: a move changes the path and
    /// ancestors of the whole branch, while the outbox names only the moved item (and items whose routes changed).
    /// </summary>
    public static async Task<HashSet<Guid>> KeysAsync(IServiceScopeFactory scopes, IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        var keys = new HashSet<Guid>(messages.Select(m => m.EntityKey));
        var moved = messages.Where(m => m.Event == ContentEvents.Moved).Select(m => m.EntityKey).Distinct().ToList();
        if (moved.Count == 0)
        {
            return keys;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var paths = await db.Documents.AsNoTracking().Where(d => moved.Contains(d.Key)).Select(d => d.Path + ",").ToListAsync(ct);
        foreach (var prefix in paths)
        {
            keys.UnionWith(await db.Documents.AsNoTracking().Where(d => d.Path.StartsWith(prefix)).Select(d => d.Key).ToListAsync(ct));
        }

        return keys;
    }
}
