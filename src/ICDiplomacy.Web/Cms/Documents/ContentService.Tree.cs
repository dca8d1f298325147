using ICDiplomacy.Web.Cms.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.Documents;

public sealed partial class ContentService
{
    /// <summary>Moves a document and its descendants below another parent (null = root).</summary>
    public async Task<ContentResult> MoveAsync(Guid key, Guid? newParentKey, string actor, CancellationToken ct = default)
    {
        var (document, problem) = await LoadForChangeAsync(key, null, "Restore the document instead of moving it out of the recycle bin.", ct);
        if (problem is not null)
        {
            return problem;
        }

        var (target, targetProblem) = await CheckTargetAsync(document.ContentType, newParentKey, document, ct);
        if (targetProblem is not null)
        {
            return targetProblem;
        }

        if (target?.Id == document.ParentId)
        {
            return ContentResult.Ok(key, document.LatestVersion);
        }

        var data = await LatestDataAsync(document, ct);
        var errors = new List<ContentValidationError>();
        await CheckSiblingSegmentsAsync(schema.Get(document.ContentType), data, target?.Id ?? -1, document.Id, explicitSegments: true, errors, ct);
        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await RelocateBranchAsync(document, target, ct);
        AddAudit(actor, "move", key, $"to {(target is null ? "root" : target.Key.ToString())}");
        AddOutbox(ContentEvents.Moved, document, null);
        await db.SaveChangesAsync(ct);
        var routeErrors = await RecomputeRoutesAsync(document, ct);
        if (routeErrors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ContentResult.Invalid(routeErrors);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(key, document.LatestVersion);
    }

    /// <summary>Copies a document (and optionally its descendants) below a parent as unpublished drafts with new keys.</summary>
    public async Task<ContentResult> CopyAsync(Guid key, Guid? newParentKey, bool includeDescendants, string actor, CancellationToken ct = default)
    {
        BeginOperation();
        var source = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, ct);
        if (source is null)
        {
            return ContentResult.NotFound();
        }

        var (target, problem) = await CheckTargetAsync(source.ContentType, newParentKey, null, ct);
        if (problem is not null)
        {
            return problem;
        }

        var prefix = source.Path + ",";
        var branch = includeDescendants
            ? await db.Documents.AsNoTracking().Where(d => d.Path.StartsWith(prefix) && !d.Trashed).OrderBy(d => d.Level).ThenBy(d => d.SortOrder).ToListAsync(ct)
            : [];

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var map = new Dictionary<long, Document>();
        Document? copyOfTop = null;
        foreach (var original in branch.Prepend(source))
        {
            var parent = original.Id == source.Id ? target : map[original.ParentId!.Value];
            var data = await LatestDataAsync(original, ct);
            var errors = new List<ContentValidationError>();
            await CheckSiblingSegmentsAsync(schema.Get(original.ContentType), data, parent?.Id ?? -1, null, explicitSegments: false, errors, ct);
            var now = Now;
            var maxSort = await db.Documents.Where(d => d.ParentId == (parent == null ? null : parent.Id) && !d.Trashed).MaxAsync(d => (int?)d.SortOrder, ct);
            var copy = new Document
            {
                Key = Guid.NewGuid(),
                ParentId = parent?.Id,
                ContentType = original.ContentType,
                Level = (parent?.Level ?? 0) + 1,
                SortOrder = (maxSort ?? -1) + 1,
                LatestVersion = 1,
                CreateDate = now,
                UpdateDate = now,
            };
            db.Documents.Add(copy);
            await db.SaveChangesAsync(ct);
            copy.Path = (parent?.Path ?? "-1") + "," + copy.Id;
            db.DocumentVersions.Add(new DocumentVersion { DocumentId = copy.Id, Number = 1, State = VersionState.Draft, Data = data.Serialize(), CreatedUtc = now, Author = actor, Comment = $"Copy of {original.Key}" });
            AddVariants(copy.Id, parent?.Id ?? -1, data);
            AddOutbox(ContentEvents.Copied, copy, null);
            await db.SaveChangesAsync(ct);
            map[original.Id] = copy;
            copyOfTop ??= copy;
        }

        AddAudit(actor, "copy", key, $"as {copyOfTop!.Key}{(includeDescendants ? $" with {branch.Count} descendant(s)" : "")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(copyOfTop.Key, 1);
    }

    /// <summary>Sets the order of a parent's children (null = roots); the list must name each child once.</summary>
    public async Task<ContentResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string actor, CancellationToken ct = default)
    {
        BeginOperation();
        long? parentId = null;
        if (parentKey is { } pk)
        {
            parentId = await db.Documents.Where(d => d.Key == pk && !d.Trashed).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
            if (parentId is null)
            {
                return new ContentResult(ContentOperationStatus.ParentNotFound, Message: "The parent document does not exist.");
            }
        }

        var children = await db.Documents.Where(d => d.ParentId == parentId && !d.Trashed).ToListAsync(ct);
        if (orderedKeys.Count != children.Count || orderedKeys.Distinct().Count() != children.Count || children.Any(c => !orderedKeys.Contains(c.Key)))
        {
            return ContentResult.Invalid("sort", null, $"Name each of the {children.Count} children exactly once.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < orderedKeys.Count; i++)
        {
            var child = children.First(c => c.Key == orderedKeys[i]);
            if (child.SortOrder != i)
            {
                child.SortOrder = i;
                AddOutbox(ContentEvents.Sorted, child, null);
            }
        }

        AddAudit(actor, "sort", parentKey, $"{children.Count} children");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return new ContentResult(ContentOperationStatus.Success, parentKey);
    }

    /// <summary>Moves a document and its descendants to the recycle bin; they go offline and keep their data.</summary>
    public async Task<ContentResult> TrashAsync(Guid key, string actor, CancellationToken ct = default)
    {
        BeginOperation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
        {
            return ContentResult.NotFound();
        }

        if (document.Trashed)
        {
            return ContentResult.Ok(key, document.LatestVersion);
        }

        var prefix = document.Path + ",";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var branch = await db.Documents.Where(d => d.Id == document.Id || d.Path.StartsWith(prefix)).ToListAsync(ct);
        var ids = branch.Select(d => d.Id).ToList();
        foreach (var d in branch)
        {
            d.Trashed = true;
            d.PublishedVersion = null;
            d.PublishedCultures = null;
            d.UpdateDate = Now;
            AddOutbox(ContentEvents.Trashed, d, null);
        }

        await db.DocumentUrls.Where(u => ids.Contains(u.DocumentId)).ExecuteDeleteAsync(ct);
        await db.DocumentFacets.Where(f => ids.Contains(f.DocumentId)).ExecuteDeleteAsync(ct);
        await db.DocumentVariants.Where(v => ids.Contains(v.DocumentId)).ExecuteDeleteAsync(ct);
        await db.ScheduledActions.Where(s => ids.Contains(s.DocumentId)).ExecuteDeleteAsync(ct);
        AddAudit(actor, "trash", key, $"{branch.Count} document(s)");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(key, document.LatestVersion);
    }

    /// <summary>Restores a trashed branch to its original parent, or to <paramref name="targetParentKey"/>; it comes back unpublished.</summary>
    public async Task<ContentResult> RestoreAsync(Guid key, string actor, Guid? targetParentKey = null, CancellationToken ct = default)
    {
        BeginOperation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
        {
            return ContentResult.NotFound();
        }

        if (!document.Trashed)
        {
            return new ContentResult(ContentOperationStatus.NotInRecycleBin, key, Message: "The document is not in the recycle bin.");
        }

        Document? original = document.ParentId is { } opid ? await db.Documents.FirstOrDefaultAsync(d => d.Id == opid, ct) : null;
        if (original is { Trashed: true } && targetParentKey is null)
        {
            return new ContentResult(ContentOperationStatus.InRecycleBin, key, Message: "The original parent is in the recycle bin too: restore it first, or choose another parent.");
        }

        Document? target;
        if (targetParentKey is null)
        {
            target = original;
            if (document.ParentId is not null && original is null)
            {
                return new ContentResult(ContentOperationStatus.ParentNotFound, key, Message: "The original parent no longer exists: choose another parent.");
            }
        }
        else
        {
            var (t, problem) = await CheckTargetAsync(document.ContentType, targetParentKey, null, ct);
            if (problem is not null)
            {
                return problem;
            }

            target = t;
        }

        var data = await LatestDataAsync(document, ct);
        var errors = new List<ContentValidationError>();
        await CheckSiblingSegmentsAsync(schema.Get(document.ContentType), data, target?.Id ?? -1, document.Id, explicitSegments: true, errors, ct);
        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (target?.Id != document.ParentId)
        {
            await RelocateBranchAsync(document, target, ct);
        }

        var prefix = document.Path + ",";
        var branch = await db.Documents.Where(d => d.Id == document.Id || d.Path.StartsWith(prefix)).ToListAsync(ct);
        foreach (var d in branch)
        {
            d.Trashed = false;
            d.UpdateDate = Now;
            var branchData = d.Id == document.Id ? data : await LatestDataAsync(d, ct);
            AddVariants(d.Id, d.ParentId ?? -1, branchData);
            AddOutbox(ContentEvents.Restored, d, null);
        }

        AddAudit(actor, "restore", key, $"{branch.Count} document(s)");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(key, document.LatestVersion);
    }

    /// <summary>Deletes a trashed document and its descendants for good.</summary>
    public async Task<ContentResult> DeleteAsync(Guid key, string actor, CancellationToken ct = default)
    {
        BeginOperation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
        {
            return ContentResult.NotFound();
        }

        if (!document.Trashed)
        {
            return new ContentResult(ContentOperationStatus.NotInRecycleBin, key, Message: "Move the document to the recycle bin before deleting it.");
        }

        var prefix = document.Path + ",";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var branch = await db.Documents.Where(d => d.Id == document.Id || d.Path.StartsWith(prefix)).ToListAsync(ct);
        foreach (var d in branch)
        {
            AddOutbox(ContentEvents.Deleted, d, null);
        }

        var keys = branch.Select(d => d.Key).ToList();
        var ids = branch.Select(d => d.Id).ToList();
        await db.RedirectUrls.Where(r => keys.Contains(r.DocumentKey)).ExecuteDeleteAsync(ct);
        await db.Documents.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
        AddAudit(actor, "delete", key, $"{branch.Count} document(s)");
        db.ChangeTracker.Entries<Document>().ToList().ForEach(e => e.State = EntityState.Detached);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return new ContentResult(ContentOperationStatus.Success, key);
    }

    /// <summary>Deletes everything in the recycle bin.</summary>
    public async Task<int> EmptyRecycleBinAsync(string actor, CancellationToken ct = default)
    {
        var tops = await db.Documents.AsNoTracking()
            .Where(d => d.Trashed && (d.ParentId == null || !db.Documents.Any(p => p.Id == d.ParentId && p.Trashed)))
            .Select(d => d.Key).ToListAsync(ct);
        foreach (var k in tops)
        {
            db.ChangeTracker.Clear();
            await DeleteAsync(k, actor, ct);
        }

        return tops.Count;
    }

    private async Task<(Document? Target, ContentResult? Problem)> CheckTargetAsync(string contentType, Guid? parentKey, Document? moving, CancellationToken ct)
    {
        var type = schema.Get(contentType);
        if (parentKey is null)
        {
            return type.AllowedAtRoot ? (null, null) : (null, ContentResult.Invalid("parent", null, $"'{type.Name}' is not allowed at the root."));
        }

        var target = await db.Documents.FirstOrDefaultAsync(d => d.Key == parentKey, ct);
        if (target is null)
        {
            return (null, new ContentResult(ContentOperationStatus.ParentNotFound, Message: "The target parent does not exist."));
        }

        if (target.Trashed)
        {
            return (null, new ContentResult(ContentOperationStatus.InRecycleBin, Message: "The target parent is in the recycle bin."));
        }

        if (moving is not null && (target.Id == moving.Id || target.Path.StartsWith(moving.Path + ",", StringComparison.Ordinal)))
        {
            return (null, ContentResult.Invalid("parent", null, "A document cannot be moved below itself."));
        }

        if (!schema.Get(target.ContentType).AllowedChildTypes.Contains(contentType))
        {
            return (null, ContentResult.Invalid("parent", null, $"'{type.Name}' is not allowed below '{schema.Get(target.ContentType).Name}'."));
        }

        return (target, null);
    }

    /// <summary>Re-parents a branch: parent, path, level and sort order of the top; path and level of descendants in one statement.</summary>
    private async Task RelocateBranchAsync(Document document, Document? target, CancellationToken ct)
    {
        var oldPrefix = document.Path + ",";
        var newPath = (target?.Path ?? "-1") + "," + document.Id;
        var newPrefix = newPath + ",";
        var levelDelta = (target?.Level ?? 0) + 1 - document.Level;
        var maxSort = await db.Documents.Where(d => d.ParentId == (target == null ? null : target.Id) && !d.Trashed).MaxAsync(d => (int?)d.SortOrder, ct);

#pragma warning disable CA1845 // an expression tree: Substring is what EF translates to SQL
        await db.Documents.Where(d => d.Path.StartsWith(oldPrefix))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Path, d => newPrefix + d.Path.Substring(oldPrefix.Length))
                .SetProperty(d => d.Level, d => d.Level + levelDelta), ct);
#pragma warning restore CA1845
        await db.DocumentVariants.Where(v => v.DocumentId == document.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ParentId, target == null ? -1 : target.Id), ct);

        document.ParentId = target?.Id;
        document.Path = newPath;
        document.Level += levelDelta;
        document.SortOrder = (maxSort ?? -1) + 1;
        document.UpdateDate = Now;
    }

    private async Task<VersionData> LatestDataAsync(Document document, CancellationToken ct) =>
        VersionData.Deserialize(await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == document.Id && v.Number == document.LatestVersion).Select(v => v.Data).FirstAsync(ct));
}
