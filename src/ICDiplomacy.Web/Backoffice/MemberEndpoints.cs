using System.Security.Claims;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RequestSizeLimitAttribute = Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>
/// Members and member groups in the management API (Umbraco's <c>/member</c> and <c>/member-group</c>). Member
/// data is personal data: only administrators reach these routes, as only they have Umbraco's Members section.
/// </summary>
public static class MemberEndpoints
{
    private const long MaxRequestBytes = 64 * 1024;
    private const int MaxTake = 500;

    public static IEndpointRouteBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/umbraco/management/api/v1").WithTags("Members")
            .RequireAuthorization(p => p
                .AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme)
                .RequireClaim(BackofficeModule.GroupClaim, UserGroups.Administrators))
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        api.MapGet("/member", ListAsync);
        api.MapGet("/member/{id:guid}", GetAsync);
        api.MapPost("/member", CreateAsync);
        api.MapPut("/member/{id:guid}", UpdateAsync);
        api.MapDelete("/member/{id:guid}", DeleteAsync);
        api.MapGet("/member-group", GroupsAsync);
        api.MapGet("/member-group/{id:guid}", GroupAsync);
        api.MapPost("/member-group", CreateGroupAsync);
        api.MapPut("/member-group/{id:guid}", UpdateGroupAsync);
        api.MapDelete("/member-group/{id:guid}", DeleteGroupAsync);
        return app;
    }

    private static async Task<Results<Ok<PagedMemberResponse>, ProblemHttpResult>> ListAsync(CmsDbContext db, TimeProvider clock, int? skip, int? take, string? filter, CancellationToken ct)
    {
        var s = skip ?? 0;
        var t = take ?? 100;
        if (s < 0 || t < 0 || t > MaxTake)
        {
            return TypedResults.Problem(title: "Invalid paging", detail: $"'skip' must be 0 or more and 'take' between 0 and {MaxTake}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var query = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var term = filter.Trim().ToUpperInvariant();
            query = query.Where(m => m.NormalizedUserName.Contains(term) || m.NormalizedEmail.Contains(term));
        }

        var total = await query.LongCountAsync(ct);
        var page = await query.OrderBy(m => m.NormalizedUserName).Skip(s).Take(t).ToListAsync(ct);
        var ids = page.Select(m => m.Id).ToList();
        var groups = await GroupsByMemberAsync(db, ids, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new PagedMemberResponse(total, page.Select(m => ToResponse(m, groups[m.Id].ToList(), now)).ToList()));
    }

    private static async Task<Results<Ok<MemberResponse>, NotFound>> GetAsync(Guid id, CmsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Key == id, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var groups = await GroupsByMemberAsync(db, [member.Id], ct);
        return TypedResults.Ok(ToResponse(member, groups[member.Id].ToList(), clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<IResult> CreateAsync(CreateMemberRequest request, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(
            await members.CreateAsync(new MemberInput(request.Email, request.Username, request.Name, request.Password, request.IsApproved, request.Groups), Actor(user), request.Id, ct),
            r => TypedResults.Created($"/umbraco/management/api/v1/member/{r.Key}", new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> UpdateAsync(Guid id, UpdateMemberRequest request, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(
            await members.SaveAsync(id, new MemberInput(request.Email, request.Username, request.Name, request.NewPassword, request.IsApproved, request.Groups, request.IsLockedOut), Actor(user), ct),
            r => TypedResults.Ok(new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> DeleteAsync(Guid id, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await members.DeleteAsync(id, Actor(user), ct), _ => TypedResults.NoContent());

    private static async Task<Ok<List<MemberGroupResponse>>> GroupsAsync(MemberService members, CancellationToken ct) =>
        TypedResults.Ok((await members.GroupsAsync(ct)).Select(g => new MemberGroupResponse(g.Key, g.Name)).ToList());

    private static async Task<Results<Ok<MemberGroupResponse>, NotFound>> GroupAsync(Guid id, CmsDbContext db, CancellationToken ct) =>
        await db.MemberGroups.AsNoTracking().Where(g => g.Key == id).Select(g => new MemberGroupResponse(g.Key, g.Name)).FirstOrDefaultAsync(ct) is { } group
            ? TypedResults.Ok(group)
            : TypedResults.NotFound();

    private static async Task<IResult> CreateGroupAsync(MemberGroupRequest request, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(
            await members.CreateGroupAsync(request.Name, Actor(user), request.Id, ct),
            r => TypedResults.Created($"/umbraco/management/api/v1/member-group/{r.Key}", new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> UpdateGroupAsync(Guid id, MemberGroupRequest request, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await members.RenameGroupAsync(id, request.Name, Actor(user), ct), r => TypedResults.Ok(new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> DeleteGroupAsync(Guid id, MemberService members, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await members.DeleteGroupAsync(id, Actor(user), ct), _ => TypedResults.NoContent());

    private static async Task<ILookup<long, Guid>> GroupsByMemberAsync(CmsDbContext db, List<long> memberIds, CancellationToken ct) =>
        (await db.MemberGroupMemberships.AsNoTracking().Where(m => memberIds.Contains(m.MemberId))
            .Join(db.MemberGroups.AsNoTracking(), m => m.MemberGroupId, g => g.Id, (m, g) => new { m.MemberId, g.Key })
            .ToListAsync(ct))
        .ToLookup(x => x.MemberId, x => x.Key);

    // The password hash and security stamp never leave the server.
    private static MemberResponse ToResponse(Member m, List<Guid> groups, DateTime now) => new(
        m.Key, m.Email, m.UserName, m.Name, m.IsApproved, m.LockoutEndUtc is { } end && end > now, m.AccessFailedCount, m.LastLoginUtc, groups, m.CreatedUtc, m.UpdatedUtc);

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

public sealed record CreateMemberRequest(string? Email, string? Username, string? Name, string? Password, bool IsApproved, IReadOnlyList<Guid>? Groups, Guid? Id = null);

public sealed record UpdateMemberRequest(string? Email, string? Username, string? Name, string? NewPassword, bool IsApproved, bool? IsLockedOut, IReadOnlyList<Guid>? Groups);

public sealed record MemberResponse(
    Guid Id,
    string Email,
    string Username,
    string Name,
    bool IsApproved,
    bool IsLockedOut,
    int FailedPasswordAttempts,
    DateTime? LastLoginDate,
    IReadOnlyList<Guid> Groups,
    DateTime CreateDate,
    DateTime UpdateDate);

public sealed record PagedMemberResponse(long Total, IReadOnlyList<MemberResponse> Items);

public sealed record MemberGroupRequest(string? Name, Guid? Id = null);

public sealed record MemberGroupResponse(Guid Id, string Name);

public sealed record MemberOperationResponse(Guid Id);
