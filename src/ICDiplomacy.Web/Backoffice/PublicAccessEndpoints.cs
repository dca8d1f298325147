using System.Security.Claims;
using ICDiplomacy.Web.Cms.PublicAccess;
using Microsoft.AspNetCore.Http.HttpResults;
using RequestSizeLimitAttribute = Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>
/// Umbraco's public access routes (<c>/document/{id}/public-access</c>): protect a document and its descendants
/// for member groups and members. Umbraco gives the "public access" permission to editors and administrators.
/// </summary>
public static class PublicAccessEndpoints
{
    private const long MaxRequestBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapPublicAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/umbraco/management/api/v1/document/{id:guid}/public-access").WithTags("Public access")
            .RequireAuthorization(BackofficeModule.PublisherPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        api.MapGet("", GetAsync);
        api.MapPost("", CreateAsync);
        api.MapPut("", UpdateAsync);
        api.MapDelete("", DeleteAsync);
        return app;
    }

    private static async Task<Results<Ok<PublicAccessResponse>, ProblemHttpResult>> GetAsync(Guid id, PublicAccessService access, CancellationToken ct)
    {
        if (await access.GetAsync(id, ct) is not { } view)
        {
            return TypedResults.Problem(title: "Not found", detail: "The document does not exist or has no public access rule.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(new PublicAccessResponse(
            view.Members.Select(m => new PublicAccessMember(m.Key, m.UserName, m.Name)).ToList(),
            view.Groups.Select(g => new MemberGroupResponse(g.Key, g.Name)).ToList(),
            view.LoginDocument is { } login ? new ReferenceById(login) : null,
            view.ErrorDocument is { } error ? new ReferenceById(error) : null));
    }

    private static async Task<IResult> CreateAsync(Guid id, PublicAccessRequest request, PublicAccessService access, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await access.SetAsync(id, ToInput(request), create: true, Actor(user), ct),
            r => TypedResults.Created($"/umbraco/management/api/v1/document/{r.Key}/public-access", new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> UpdateAsync(Guid id, PublicAccessRequest request, PublicAccessService access, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await access.SetAsync(id, ToInput(request), create: false, Actor(user), ct), r => TypedResults.Ok(new MemberOperationResponse(r.Key!.Value)));

    private static async Task<IResult> DeleteAsync(Guid id, PublicAccessService access, ClaimsPrincipal user, CancellationToken ct) =>
        MemberProblems.ToHttp(await access.RemoveAsync(id, Actor(user), ct), _ => TypedResults.NoContent());

    private static PublicAccessInput ToInput(PublicAccessRequest r) => new(r.MemberUserNames, r.MemberGroupNames, r.LoginDocument?.Id, r.ErrorDocument?.Id);

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

/// <summary>Umbraco's PublicAccessRequestModel: members by user name, groups by name.</summary>
public sealed record PublicAccessRequest(IReadOnlyList<string>? MemberUserNames, IReadOnlyList<string>? MemberGroupNames, ReferenceById? LoginDocument, ReferenceById? ErrorDocument);

public sealed record PublicAccessMember(Guid Id, string Username, string Name);

public sealed record PublicAccessResponse(IReadOnlyList<PublicAccessMember> Members, IReadOnlyList<MemberGroupResponse> Groups, ReferenceById? LoginDocument, ReferenceById? ErrorDocument);
