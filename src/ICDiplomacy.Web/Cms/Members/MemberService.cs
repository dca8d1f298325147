using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.Members;

/// <summary>
/// Members and member groups: create, save, delete, group assignment and the password check with lock-out.
/// Every change writes an audit row; deleting a member or group that a public access rule names also writes
/// the outbox rows that make caches and indexes re-read the protected branch.
/// </summary>
public sealed class MemberService(CmsDbContext db, TimeProvider clock, PublicAccessRules accessRules, OutboxNotifier notifier)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    /// <summary>Failed password checks in a row before the member is locked out.</summary>
    public const int MaxFailedAccessAttempts = 5;
    /// <summary>Short on purpose (SECURITY-GUIDE §1.1): Umbraco's 30-day default lets an attacker lock members out for a month.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<Member> Hasher = new();
    private static readonly EmailAddressAttribute EmailCheck = new();
    private static readonly Member DummyMember = new() { Email = "", NormalizedEmail = "", UserName = "", NormalizedUserName = "", Name = "", PasswordHash = "", SecurityStamp = "" };
    private static readonly string DummyHash = Hasher.HashPassword(DummyMember, "not-a-password");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Member?> GetAsync(Guid key, CancellationToken ct) => db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, ct);

    public async Task<IReadOnlyList<Guid>> GroupKeysOfAsync(long memberId, CancellationToken ct) =>
        await db.MemberGroupMemberships.AsNoTracking().Where(m => m.MemberId == memberId)
            .Join(db.MemberGroups.AsNoTracking(), m => m.MemberGroupId, g => g.Id, (m, g) => g.Key)
            .ToListAsync(ct);

    public async Task<MemberResult> CreateAsync(MemberInput input, string actor, Guid? key = null, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var (email, userName, name) = Validate(input, errors);
        if (input.Password is null)
        {
            errors["password"] = ["Give the member a password."];
        }
        else
        {
            CheckPassword(input.Password, errors);
        }

        var groups = await ResolveGroupsAsync(input.Groups, errors, ct);
        if (key is { } k && await db.Members.AnyAsync(m => m.Key == k, ct))
        {
            errors["id"] = ["A member with this id already exists."];
        }

        await CheckUniqueAsync(email, userName, null, errors, ct);
        if (errors.Count > 0)
        {
            return MemberResult.Invalid(errors);
        }

        var now = Now;
        var member = new Member
        {
            Key = key ?? Guid.NewGuid(),
            Email = email,
            NormalizedEmail = Normalize(email),
            UserName = userName,
            NormalizedUserName = Normalize(userName),
            Name = name,
            PasswordHash = "",
            IsApproved = input.IsApproved,
            SecurityStamp = NewStamp(),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        member.PasswordHash = Hasher.HashPassword(member, input.Password!);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        db.MemberGroupMemberships.AddRange(groups.Select(g => new MemberGroupMembership { MemberId = member.Id, MemberGroupId = g.Id }));
        Audit(actor, "member-create", member.Key, $"{userName}{GroupList(groups)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return MemberResult.Ok(member.Key);
    }

    public async Task<MemberResult> SaveAsync(Guid key, MemberInput input, string actor, CancellationToken ct = default)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (member is null)
        {
            return MemberResult.NotFound("The member does not exist.");
        }

        var errors = new Dictionary<string, string[]>();
        var (email, userName, name) = Validate(input, errors);
        if (input.Password is not null)
        {
            CheckPassword(input.Password, errors);
        }

        if (input.IsLockedOut == true && !IsLockedOut(member))
        {
            errors["isLockedOut"] = ["A member can be unlocked here, not locked out."];
        }

        var groups = await ResolveGroupsAsync(input.Groups, errors, ct);
        await CheckUniqueAsync(email, userName, member.Id, errors, ct);
        if (errors.Count > 0)
        {
            return MemberResult.Invalid(errors);
        }

        var current = await db.MemberGroupMemberships.Where(m => m.MemberId == member.Id).ToListAsync(ct);
        var wanted = groups.Select(g => g.Id).ToHashSet();

        member.Email = email;
        member.NormalizedEmail = Normalize(email);
        member.UserName = userName;
        member.NormalizedUserName = Normalize(userName);
        member.Name = name;
        member.IsApproved = input.IsApproved;
        if (input.Password is not null)
        {
            member.PasswordHash = Hasher.HashPassword(member, input.Password);
        }

        if (input.IsLockedOut == false)
        {
            member.LockoutEndUtc = null;
            member.AccessFailedCount = 0;
        }

        // As in Umbraco, saving a member ends the sessions (access tokens) issued before.
        member.SecurityStamp = NewStamp();

        member.UpdatedUtc = Now;
        db.MemberGroupMemberships.RemoveRange(current.Where(c => !wanted.Contains(c.MemberGroupId)));
        db.MemberGroupMemberships.AddRange(wanted.Where(id => current.All(c => c.MemberGroupId != id)).Select(id => new MemberGroupMembership { MemberId = member.Id, MemberGroupId = id }));
        Audit(actor, "member-save", member.Key, $"{userName}{GroupList(groups)}{(input.Password is null ? "" : ", password changed")}");
        await db.SaveChangesAsync(ct);
        return MemberResult.Ok(member.Key);
    }

    public async Task<MemberResult> DeleteAsync(Guid key, string actor, CancellationToken ct = default)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (member is null)
        {
            return MemberResult.NotFound("The member does not exist.");
        }

        var memberId = member.Id;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var touched = await TouchRulesAsync(db.PublicAccessRules.Where(r => r.MemberId == memberId).Select(r => r.EntryId), ct);
        db.Members.Remove(member);
        Audit(actor, "member-delete", key, member.UserName);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        AfterRulesTouched(touched);
        return MemberResult.Ok(key);
    }

    /// <summary>Ends every session (access token) issued to the member so far.</summary>
    public async Task RevokeSessionsAsync(Guid key, string reason, CancellationToken ct)
    {
        var stamp = NewStamp();
        if (await db.Members.Where(m => m.Key == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.SecurityStamp, stamp), ct) > 0)
        {
            Audit("member", "member-sessions-revoked", key, reason);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Checks a member's password with lock-out: <see cref="MaxFailedAccessAttempts"/> failures in a row lock the
    /// member for <see cref="LockoutDuration"/>. Unknown names cost the same hashing time as known ones.
    /// </summary>
    public async Task<MemberSignInResult> CheckPasswordAsync(string userNameOrEmail, string password, CancellationToken ct)
    {
        var normalized = Normalize(userNameOrEmail.Trim());
        var member = await db.Members.FirstOrDefaultAsync(m => m.NormalizedUserName == normalized || m.NormalizedEmail == normalized, ct);
        if (member is null)
        {
            Hasher.VerifyHashedPassword(DummyMember, DummyHash, password);
            return new MemberSignInResult(MemberSignInStatus.Failed);
        }

        if (IsLockedOut(member))
        {
            Hasher.VerifyHashedPassword(DummyMember, DummyHash, password);
            return new MemberSignInResult(MemberSignInStatus.LockedOut);
        }

        var verdict = Hasher.VerifyHashedPassword(member, member.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            member.AccessFailedCount++;
            if (member.AccessFailedCount >= MaxFailedAccessAttempts)
            {
                member.LockoutEndUtc = Now + LockoutDuration;
                member.AccessFailedCount = 0;
                member.SecurityStamp = NewStamp();
                Audit("member:" + member.UserName, "member-lockout", member.Key, $"{MaxFailedAccessAttempts} failed sign-ins");
            }

            await db.SaveChangesAsync(ct);
            return new MemberSignInResult(IsLockedOut(member) ? MemberSignInStatus.LockedOut : MemberSignInStatus.Failed);
        }

        if (!member.IsApproved)
        {
            return new MemberSignInResult(MemberSignInStatus.NotApproved);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            member.PasswordHash = Hasher.HashPassword(member, password);
        }

        member.AccessFailedCount = 0;
        member.LockoutEndUtc = null;
        member.LastLoginUtc = Now;
        await db.SaveChangesAsync(ct);
        return new MemberSignInResult(MemberSignInStatus.Succeeded, member);
    }

    public bool IsLockedOut(Member member) => member.LockoutEndUtc is { } end && end > Now;

    public Task<List<MemberGroup>> GroupsAsync(CancellationToken ct) => db.MemberGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(ct);

    public async Task<MemberResult> CreateGroupAsync(string? name, string actor, Guid? key = null, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var clean = CheckGroupName(name, errors);
        if (errors.Count == 0 && await db.MemberGroups.AnyAsync(g => g.NormalizedName == Normalize(clean), ct))
        {
            errors["name"] = ["A member group with this name already exists."];
        }

        if (key is { } k && await db.MemberGroups.AnyAsync(g => g.Key == k, ct))
        {
            errors["id"] = ["A member group with this id already exists."];
        }

        if (errors.Count > 0)
        {
            return MemberResult.Invalid(errors);
        }

        var group = new MemberGroup { Key = key ?? Guid.NewGuid(), Name = clean, NormalizedName = Normalize(clean), CreatedUtc = Now };
        db.MemberGroups.Add(group);
        Audit(actor, "member-group-create", group.Key, clean);
        await db.SaveChangesAsync(ct);
        return MemberResult.Ok(group.Key);
    }

    public async Task<MemberResult> RenameGroupAsync(Guid key, string? name, string actor, CancellationToken ct = default)
    {
        var group = await db.MemberGroups.FirstOrDefaultAsync(g => g.Key == key, ct);
        if (group is null)
        {
            return MemberResult.NotFound("The member group does not exist.");
        }

        var errors = new Dictionary<string, string[]>();
        var clean = CheckGroupName(name, errors);
        if (errors.Count == 0 && await db.MemberGroups.AnyAsync(g => g.NormalizedName == Normalize(clean) && g.Id != group.Id, ct))
        {
            errors["name"] = ["A member group with this name already exists."];
        }

        if (errors.Count > 0)
        {
            return MemberResult.Invalid(errors);
        }

        Audit(actor, "member-group-rename", key, $"{group.Name} -> {clean}");
        group.Name = clean;
        group.NormalizedName = Normalize(clean);
        await db.SaveChangesAsync(ct);
        return MemberResult.Ok(key);
    }

    public async Task<MemberResult> DeleteGroupAsync(Guid key, string actor, CancellationToken ct = default)
    {
        var group = await db.MemberGroups.FirstOrDefaultAsync(g => g.Key == key, ct);
        if (group is null)
        {
            return MemberResult.NotFound("The member group does not exist.");
        }

        var groupId = group.Id;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var touched = await TouchRulesAsync(db.PublicAccessRules.Where(r => r.MemberGroupId == groupId).Select(r => r.EntryId), ct);
        // Members lose the group: sessions issued with it must not keep its rights.
        await db.Members.Where(m => db.MemberGroupMemberships.Any(x => x.MemberId == m.Id && x.MemberGroupId == groupId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SecurityStamp, NewStamp()), ct);
        db.MemberGroups.Remove(group);
        Audit(actor, "member-group-delete", key, group.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        AfterRulesTouched(touched);
        return MemberResult.Ok(key);
    }

    /// <summary>Writes the outbox rows for public access entries whose rule lines are about to be removed.</summary>
    private async Task<bool> TouchRulesAsync(IQueryable<long> entryIds, CancellationToken ct)
    {
        var documents = await db.PublicAccessEntries.Where(e => entryIds.Contains(e.Id))
            .Join(db.Documents, e => e.DocumentId, d => d.Id, (e, d) => d)
            .AsNoTracking().ToListAsync(ct);
        foreach (var document in documents)
        {
            db.Outbox.Add(new OutboxMessage { Event = ContentEvents.PublicAccessChanged, EntityKey = document.Key, ContentType = document.ContentType, CreatedUtc = Now });
        }

        return documents.Count > 0;
    }

    private void AfterRulesTouched(bool touched)
    {
        if (touched)
        {
            accessRules.Invalidate();
            notifier.Notify();
        }
    }

    private async Task<List<MemberGroup>> ResolveGroupsAsync(IReadOnlyList<Guid>? keys, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var wanted = (keys ?? []).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var groups = await db.MemberGroups.AsNoTracking().Where(g => wanted.Contains(g.Key)).ToListAsync(ct);
        var missing = wanted.Except(groups.Select(g => g.Key)).ToList();
        if (missing.Count > 0)
        {
            errors["groups"] = [$"Unknown member group(s): {string.Join(", ", missing)}."];
        }

        return groups;
    }

    private async Task CheckUniqueAsync(string email, string userName, long? except, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (errors.ContainsKey("email") || errors.ContainsKey("username"))
        {
            return;
        }

        var normalizedEmail = Normalize(email);
        var normalizedUser = Normalize(userName);
        if (await db.Members.AnyAsync(m => m.NormalizedEmail == normalizedEmail && m.Id != except, ct))
        {
            errors["email"] = ["A member with this email already exists."];
        }

        if (await db.Members.AnyAsync(m => m.NormalizedUserName == normalizedUser && m.Id != except, ct))
        {
            errors["username"] = ["A member with this user name already exists."];
        }
    }

    private static (string Email, string UserName, string Name) Validate(MemberInput input, Dictionary<string, string[]> errors)
    {
        var email = (input.Email ?? "").Trim();
        var userName = (input.UserName ?? "").Trim();
        var name = (input.Name ?? "").Trim();
        if (email.Length is 0 or > 256 || email.Any(char.IsControl) || !EmailCheck.IsValid(email))
        {
            errors["email"] = ["Enter a valid email address (at most 256 characters)."];
        }

        if (userName.Length is 0 or > 256 || userName.Any(char.IsControl))
        {
            errors["username"] = ["The user name must be 1 to 256 characters without control characters."];
        }

        if (name.Length > 255 || name.Any(char.IsControl))
        {
            errors["name"] = ["The name must be at most 255 characters without control characters."];
        }

        return (email, userName, name.Length == 0 ? userName : name);
    }

    private static void CheckPassword(string password, Dictionary<string, string[]> errors)
    {
        // ASVS 6.2: a length rule only, no composition rules, long passphrases allowed.
        if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            errors["password"] = [$"The password must be {MinPasswordLength} to {MaxPasswordLength} characters long."];
        }
    }

    private static string CheckGroupName(string? name, Dictionary<string, string[]> errors)
    {
        var clean = (name ?? "").Trim();
        if (clean.Length is 0 or > 255 || clean.Any(char.IsControl) || clean.Contains(','))
        {
            errors["name"] = ["The name must be 1 to 255 characters, without commas or control characters."];
        }

        return clean;
    }

    private static string GroupList(List<MemberGroup> groups) => groups.Count == 0 ? "" : " in " + string.Join(", ", groups.Select(g => g.Name).Order(StringComparer.Ordinal));

    private static string Normalize(string value) => value.ToUpperInvariant();

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private void Audit(string actor, string action, Guid key, string details) =>
        db.Audit.Add(new AuditEntry { Utc = Now, Actor = actor, Action = action, EntityKey = key, Details = details });
}
