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
        await RenameInPlaceAsync(item, clean, ct);
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

    /// <summary>
    /// Puts a folder's children (null = the media root) in the given order; every live child must be named
    /// exactly once, so a list made from a stale view is refused rather than half applied.
    /// </summary>
    public async Task<MediaResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string actor, CancellationToken ct = default)
    {
        var (parent, problem) = await FindParentAsync(parentKey, ct);
        if (problem is not null)
        {
            return problem;
        }

        var parentId = parent?.Id;
        var children = await db.Media.Where(m => m.ParentId == parentId && !m.Trashed).ToListAsync(ct);

        if (orderedKeys.Count != children.Count || orderedKeys.Distinct().Count() != children.Count || children.Any(c => !orderedKeys.Contains(c.Key)))
        {
            return MediaResult.Invalid("sorting", $"Name each of the {children.Count} items in the folder exactly once.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var byKey = children.ToDictionary(c => c.Key);
        for (var i = 0; i < orderedKeys.Count; i++)
        {
            var child = byKey[orderedKeys[i]];
            if (child.SortOrder != i)
            {
                child.SortOrder = i;
                Touch(child);
                AddOutbox(MediaEvents.Sorted, child);
            }
        }

        AddAudit(actor, "sort", parentKey, $"{children.Count} item(s)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new MediaResult(MediaOperationStatus.Conflict, Message: "An item in the folder was changed by someone else; reload it and try again.");
        }

        await tx.CommitAsync(ct);
        notifier.Notify();
        return new MediaResult(MediaOperationStatus.Success, parent);
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
    public Task<MediaResult> DeleteAsync(Guid key, string actor, CancellationToken ct = default) => DeleteAsync(key, actor, fromRecycleBinOnly: false, ct);

    /// <summary>Umbraco's "delete from the recycle bin": an item that is not in the bin is refused (conflict).</summary>
    public Task<MediaResult> DeleteFromRecycleBinAsync(Guid key, string actor, CancellationToken ct = default) => DeleteAsync(key, actor, fromRecycleBinOnly: true, ct);

    private async Task<MediaResult> DeleteAsync(Guid key, string actor, bool fromRecycleBinOnly, CancellationToken ct)
    {
        var item = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (fromRecycleBinOnly && !item.Trashed)
        {
            return MediaResult.Fail(MediaOperationStatus.Conflict, "id", "Move the item to the recycle bin before deleting it.");
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

    /// <summary>Sets the name (unique among live siblings) and rewrites the name paths below; the caller saves.</summary>
    private async Task RenameInPlaceAsync(MediaItem item, string name, CancellationToken ct)
    {
        var parent = item.ParentId is { } parentId ? await db.Media.FirstAsync(m => m.Id == parentId, ct) : null;
        var branch = await DescendantsAsync(item, ct);
        var oldNamePath = item.NamePath;
        item.Name = item.Trashed ? name : await UniqueNameAsync(item.ParentId, name, item.Id, ct);
        item.NamePath = (parent?.NamePath ?? "/") + item.Name.ToLowerInvariant() + "/";
        foreach (var d in branch)
        {
            d.NamePath = item.NamePath + d.NamePath[oldNamePath.Length..];
            Touch(d);
        }
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
