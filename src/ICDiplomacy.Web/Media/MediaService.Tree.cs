using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Media;

public sealed partial class MediaService
{
    public async Task<MediaResult> RenameAsync(Guid key, string name, string actor, CancellationToken ct = default)
    {
        if (MediaNames.SanitizeName(name) is not { } clean)
        {
            return MediaResult.Invalid("name", "The name is empty once control characters are removed.");
        }

        var item = await db.Media.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (item.Name == clean)
        {
            return MediaResult.Ok(item);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var parent = item.ParentId is { } parentId ? await db.Media.FirstAsync(m => m.Id == parentId, ct) : null;
        var branch = await DescendantsAsync(item, ct);
        var oldNamePath = item.NamePath;
        item.Name = item.Trashed ? clean : await UniqueNameAsync(item.ParentId, clean, item.Id, ct);
        item.NamePath = (parent?.NamePath ?? "/") + item.Name.ToLowerInvariant() + "/";
        foreach (var d in branch)
        {
            d.NamePath = item.NamePath + d.NamePath[oldNamePath.Length..];
            Touch(d);
        }

        Touch(item);
        AddOutbox(MediaEvents.Saved, item);
        AddAudit(actor, "rename", item.Key, null);
        var result = await SaveAsync(item, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Moves an item, with everything below it, into another folder (null = the media root).</summary>
    public async Task<MediaResult> MoveAsync(Guid key, Guid? newParentKey, string actor, CancellationToken ct = default)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (item.Trashed)
        {
            return MediaResult.Invalid("id", "The item is in the recycle bin; restore it instead of moving it.");
        }

        var (target, problem) = await FindParentAsync(newParentKey, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (target is not null && (target.Id == item.Id || target.Path.StartsWith(item.Path + ",", StringComparison.Ordinal)))
        {
            return MediaResult.Invalid("parentId", "A folder cannot be moved into itself or below itself.");
        }

        if (target?.Id == item.ParentId)
        {
            return MediaResult.Ok(item);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var branch = await RelocateAsync(item, target, ct);
        foreach (var moved in branch.Prepend(item))
        {
            AddOutbox(MediaEvents.Moved, moved);
        }

        AddAudit(actor, "move", item.Key, target is null ? "to root" : $"to {target.Key}");
        var result = await SaveAsync(item, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Moves an item and everything below it to the recycle bin: invisible to the Delivery API and /media URLs.</summary>
    public async Task<MediaResult> TrashAsync(Guid key, string actor, CancellationToken ct = default)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (item.Trashed)
        {
            return MediaResult.Ok(item);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var m in (await DescendantsAsync(item, ct)).Prepend(item))
        {
            m.Trashed = true;
            Touch(m);
            AddOutbox(MediaEvents.Trashed, m);
        }

        AddAudit(actor, "trash", item.Key, null);
        var result = await SaveAsync(item, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>
    /// Brings a trashed branch back: below <paramref name="targetParentKey"/> when given, else below its old
    /// parent if that is still live, else at the root.
    /// </summary>
    public async Task<MediaResult> RestoreAsync(Guid key, string actor, Guid? targetParentKey = null, CancellationToken ct = default)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (!item.Trashed)
        {
            return MediaResult.Invalid("id", "The item is not in the recycle bin.");
        }

        MediaItem? target;
        if (targetParentKey is not null)
        {
            (target, var problem) = await FindParentAsync(targetParentKey, ct);
            if (problem is not null)
            {
                return problem;
            }
        }
        else
        {
            target = item.ParentId is { } parentId ? await db.Media.FirstOrDefaultAsync(m => m.Id == parentId && !m.Trashed, ct) : null;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        item.Trashed = false;
        var branch = await RelocateAsync(item, target, ct, force: true);
        foreach (var m in branch.Prepend(item))
        {
            m.Trashed = false;
            AddOutbox(MediaEvents.Moved, m);
        }

        AddAudit(actor, "restore", item.Key, target is null ? "to root" : $"to {target.Key}");
        var result = await SaveAsync(item, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Deletes an item and everything below it for good. Rows go first; files and cached derivatives follow the commit.</summary>
    public async Task<MediaResult> DeleteAsync(Guid key, string actor, CancellationToken ct = default)
    {
        var item = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        var prefix = item.Path + ",";
        var branch = await db.Media.AsNoTracking().Where(m => m.Id == item.Id || m.Path.StartsWith(prefix)).ToListAsync(ct);
        var ids = branch.Select(m => m.Id).ToList();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var m in branch)
            {
                AddOutbox(MediaEvents.Deleted, m);
            }

            AddAudit(actor, "delete", item.Key, $"{branch.Count} item(s)");
            await db.SaveChangesAsync(ct);
            await db.Media.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }

        notifier.Notify();
        foreach (var m in branch)
        {
            if (m.StorageName is { } storageName)
            {
                try
                {
                    await store.DeleteAsync(storageName, CancellationToken.None);
                }
                catch (IOException ex)
                {
                    logger.LogWarning(ex, "Media {Key} was deleted but its file {StorageName} could not be removed", m.Key, storageName);
                }
            }

            cache.Evict(m.Key);
        }

        return MediaResult.Ok(item);
    }

    private async Task<List<MediaItem>> DescendantsAsync(MediaItem item, CancellationToken ct)
    {
        var prefix = item.Path + ",";
        return await db.Media.Where(m => m.Path.StartsWith(prefix)).ToListAsync(ct);
    }

    /// <summary>Re-parents <paramref name="item"/> and rewrites the id paths, name paths and levels below it; returns the descendants.</summary>
    private async Task<List<MediaItem>> RelocateAsync(MediaItem item, MediaItem? target, CancellationToken ct, bool force = false)
    {
        var branch = await DescendantsAsync(item, ct);
        var (oldPath, oldNamePath, oldLevel) = (item.Path, item.NamePath, item.Level);
        if (force || target?.Id != item.ParentId)
        {
            item.Name = await UniqueNameAsync(target?.Id, item.Name, item.Id, ct);
            item.SortOrder = await NextSortOrderAsync(target?.Id, ct);
        }

        item.ParentId = target?.Id;
        item.Path = (target?.Path ?? "-1") + "," + item.Id;
        item.Level = (target?.Level ?? 0) + 1;
        item.NamePath = (target?.NamePath ?? "/") + item.Name.ToLowerInvariant() + "/";
        Touch(item);
        foreach (var d in branch)
        {
            d.Path = item.Path + d.Path[oldPath.Length..];
            d.NamePath = item.NamePath + d.NamePath[oldNamePath.Length..];
            d.Level += item.Level - oldLevel;
            Touch(d);
        }

        return branch;
    }
}
