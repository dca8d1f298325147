using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// Sets, changes, removes and reads a document's public access rule. Each change is one transaction with an
/// audit row, a <see cref="ContentEvents.PublicAccessChanged"/> outbox row for the document and a
/// <see cref="ContentEvents.Refreshed"/> row for every descendant, so the search index and the Delivery API
/// cache re-read the whole branch; the local snapshot is invalidated at commit.
/// </summary>
public sealed class PublicAccessService(CmsDbContext db, TimeProvider clock, PublicAccessRules rules, OutboxNotifier notifier)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PublicAccessView?> GetAsync(Guid documentKey, CancellationToken ct)
    {
        var entry = await db.PublicAccessEntries.AsNoTracking()
            .Where(e => db.Documents.Any(d => d.Id == e.DocumentId && d.Key == documentKey))
            .FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }

        var lines = db.PublicAccessRules.AsNoTracking().Where(r => r.EntryId == entry.Id);
        var members = await db.Members.AsNoTracking().Where(m => lines.Any(r => r.MemberId == m.Id)).OrderBy(m => m.UserName)
            .Select(m => new { m.Key, m.UserName, m.Name }).ToListAsync(ct);
        var groups = await db.MemberGroups.AsNoTracking().Where(g => lines.Any(r => r.MemberGroupId == g.Id)).OrderBy(g => g.Name)
            .Select(g => new { g.Key, g.Name }).ToListAsync(ct);
        var pages = new[] { entry.LoginDocumentId, entry.NoAccessDocumentId }.Where(id => id is not null).Select(id => id!.Value).ToList();
        var keys = await db.Documents.AsNoTracking().Where(d => pages.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Key, ct);
        return new PublicAccessView(
            documentKey,
            members.Select(m => (m.Key, m.UserName, m.Name)).ToList(),
            groups.Select(g => (g.Key, g.Name)).ToList(),
            entry.LoginDocumentId is { } l && keys.TryGetValue(l, out var login) ? login : null,
            entry.NoAccessDocumentId is { } n && keys.TryGetValue(n, out var error) ? error : null);
    }

    /// <summary>Protects a document; <paramref name="create"/> true refuses an existing rule, false refuses a missing one.</summary>
    public async Task<MemberResult> SetAsync(Guid documentKey, PublicAccessInput input, bool create, string actor, CancellationToken ct = default)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == documentKey, ct);
        if (document is null)
        {
            return MemberResult.NotFound("The document does not exist.");
        }

        var entry = await db.PublicAccessEntries.FirstOrDefaultAsync(e => e.DocumentId == document.Id, ct);
        if (create && entry is not null)
        {
            return new MemberResult(MemberOperationStatus.AlreadyExists, documentKey, "The document already has a public access rule; change it with PUT.");
        }

        if (!create && entry is null)
        {
            return MemberResult.NotFound("The document has no public access rule; create one with POST.");
        }

        var errors = new Dictionary<string, string[]>();
        var userNames = Clean(input.MemberUserNames);
        var groupNames = Clean(input.MemberGroupNames);
        if (userNames.Count == 0 && groupNames.Count == 0)
        {
            errors["memberGroupNames"] = ["Name at least one member group or member."];
        }

        var normalizedUsers = userNames.Select(n => n.ToUpperInvariant()).ToList();
        var members = await db.Members.AsNoTracking().Where(m => normalizedUsers.Contains(m.NormalizedUserName)).Select(m => new { m.Id, m.NormalizedUserName }).ToListAsync(ct);
        var unknownUsers = userNames.Where(n => !members.Any(m => string.Equals(m.NormalizedUserName, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknownUsers.Count > 0)
        {
            errors["memberUserNames"] = [$"Unknown member(s): {string.Join(", ", unknownUsers)}."];
        }

        var normalizedGroups = groupNames.Select(n => n.ToUpperInvariant()).ToList();
        var groups = await db.MemberGroups.AsNoTracking().Where(g => normalizedGroups.Contains(g.NormalizedName)).Select(g => new { g.Id, g.NormalizedName }).ToListAsync(ct);
        var unknownGroups = groupNames.Where(n => !groups.Any(g => string.Equals(g.NormalizedName, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknownGroups.Count > 0)
        {
            errors["memberGroupNames"] = [$"Unknown member group(s): {string.Join(", ", unknownGroups)}."];
        }

        var login = await PageAsync(input.LoginDocument, "loginDocument", "login", document, errors, ct);
        var error = await PageAsync(input.ErrorDocument, "errorDocument", "error", document, errors, ct);
        if (errors.Count > 0)
        {
            return MemberResult.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = Now;
        if (entry is null)
        {
            entry = new PublicAccessEntry { Key = Guid.NewGuid(), DocumentId = document.Id, CreatedUtc = now };
            db.PublicAccessEntries.Add(entry);
        }
        else
        {
            await db.PublicAccessRules.Where(r => r.EntryId == entry.Id).ExecuteDeleteAsync(ct);
        }

        entry.LoginDocumentId = login;
        entry.NoAccessDocumentId = error;
        entry.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        db.PublicAccessRules.AddRange(members.Select(m => new PublicAccessRule { EntryId = entry.Id, MemberId = m.Id }));
        db.PublicAccessRules.AddRange(groups.Select(g => new PublicAccessRule { EntryId = entry.Id, MemberGroupId = g.Id }));
        await AddBranchOutboxAsync(document, ct);
        Audit(actor, create ? "public-access-create" : "public-access-save", documentKey,
            $"groups: {string.Join(", ", groupNames)}; members: {string.Join(", ", userNames)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Committed();
        return MemberResult.Ok(documentKey);
    }

    public async Task<MemberResult> RemoveAsync(Guid documentKey, string actor, CancellationToken ct = default)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == documentKey, ct);
        if (document is null)
        {
            return MemberResult.NotFound("The document does not exist.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.PublicAccessEntries.Where(e => e.DocumentId == document.Id).ExecuteDeleteAsync(ct) == 0)
        {
            return MemberResult.NotFound("The document has no public access rule.");
        }

        await AddBranchOutboxAsync(document, ct);
        Audit(actor, "public-access-delete", documentKey, null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Committed();
        return MemberResult.Ok(documentKey);
    }

    private void Committed()
    {
        rules.Invalidate();
        notifier.Notify();
    }

    private async Task AddBranchOutboxAsync(Document document, CancellationToken ct)
    {
        var now = Now;
        db.Outbox.Add(new OutboxMessage { Event = ContentEvents.PublicAccessChanged, EntityKey = document.Key, ContentType = document.ContentType, CreatedUtc = now });
        var prefix = document.Path + ",";
        var descendants = await db.Documents.AsNoTracking().Where(d => d.Path.StartsWith(prefix)).Select(d => new { d.Key, d.ContentType }).ToListAsync(ct);
        foreach (var d in descendants)
        {
            db.Outbox.Add(new OutboxMessage { Event = ContentEvents.Refreshed, EntityKey = d.Key, ContentType = d.ContentType, CreatedUtc = now });
        }
    }

    private async Task<long?> PageAsync(Guid? key, string field, string what, Document protectedDocument, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (key is not { } k)
        {
            errors[field] = [$"Choose the {what} page: {{ \"id\": \"…\" }}."];
            return null;
        }

        var page = await db.Documents.AsNoTracking().Where(d => d.Key == k).Select(d => new { d.Id, d.Path, d.Trashed }).FirstOrDefaultAsync(ct);
        if (page is null || page.Trashed)
        {
            errors[field] = [$"The {what} page does not exist."];
            return null;
        }

        // A page inside the protected branch would itself need a sign-in: visitors could never reach it.
        if (page.Id == protectedDocument.Id || page.Path.StartsWith(protectedDocument.Path + ",", StringComparison.Ordinal))
        {
            errors[field] = [$"The {what} page must be outside the protected branch."];
            return null;
        }

        return page.Id;
    }

    private static List<string> Clean(IReadOnlyList<string>? names) =>
        (names ?? []).Select(n => (n ?? "").Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private void Audit(string actor, string action, Guid key, string? details) =>
        db.Audit.Add(new AuditEntry { Utc = Now, Actor = actor, Action = action, EntityKey = key, Details = details });
}
