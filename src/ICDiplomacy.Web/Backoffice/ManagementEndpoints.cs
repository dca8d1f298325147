using System.Security.Claims;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using RequestSizeLimitAttribute = Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>
/// The management API for automation clients (Umbraco's <c>/umbraco/management/api/v1</c> routes):
/// a client-credentials token, then documents, versions, the recycle bin and redirects; media in <see cref="MediaManagementEndpoints"/>.
/// </summary>
public static class ManagementEndpoints
{
    private const long MaxRequestBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapManagementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/umbraco/management/api/v1").WithTags("Management");
        api.MapPost("/security/back-office/token", TokenAsync).DisableAntiforgery().RequireRateLimiting(BackofficeModule.TokenRateLimit);

        var docs = api.MapGroup("").RequireAuthorization(BackofficeModule.ManagementPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        docs.MapGet("/document/{id:guid}", GetAsync);
        docs.MapGet("/document/{id:guid}/versions", VersionsAsync);
        docs.MapPost("/document", CreateAsync);
        docs.MapPut("/document/{id:guid}", UpdateAsync);
        docs.MapPost("/document/{id:guid}/rollback", RollbackAsync);
        docs.MapPut("/document/{id:guid}/move", MoveAsync);
        docs.MapPost("/document/{id:guid}/copy", CopyAsync);
        docs.MapPut("/document/sort", SortAsync);
        docs.MapGet("/audit-log", AuditAsync);
        docs.MapGet("/redirect-management", RedirectsAsync);

        var publishing = api.MapGroup("").RequireAuthorization(BackofficeModule.PublisherPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        publishing.MapPut("/document/{id:guid}/publish", PublishAsync);
        publishing.MapPut("/document/{id:guid}/unpublish", UnpublishAsync);
        publishing.MapPut("/document/{id:guid}/schedule", ScheduleAsync);
        publishing.MapPut("/document/{id:guid}/move-to-recycle-bin", TrashAsync);
        publishing.MapPut("/recycle-bin/document/{id:guid}/restore", RestoreAsync);
        publishing.MapDelete("/recycle-bin/document/{id:guid}", DeleteAsync);
        publishing.MapDelete("/recycle-bin/document", EmptyRecycleBinAsync);
        publishing.MapDelete("/redirect-management/{id:long}", DeleteRedirectAsync);

        app.MapMediaManagementEndpoints();
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> TokenAsync(
        HttpRequest request, UserService users, IOptionsMonitor<BearerTokenOptions> bearer, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(title: "invalid_request", detail: "Send an application/x-www-form-urlencoded body.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(ct);
        if (form["grant_type"] != "client_credentials")
        {
            return TypedResults.Problem(title: "unsupported_grant_type", detail: "Only grant_type=client_credentials is supported.", statusCode: StatusCodes.Status400BadRequest);
        }

        var client = await users.VerifyApiClientAsync(form["client_id"].ToString(), form["client_secret"].ToString(), ct);
        if (client is null)
        {
            return TypedResults.Problem(title: "invalid_client", detail: "The client id or secret is not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var options = bearer.Get(BearerTokenDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, client.ClientId), new Claim(BackofficeModule.GroupClaim, client.Group)],
            BearerTokenDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = (options.TimeProvider ?? TimeProvider.System).GetUtcNow() + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, BearerTokenDefaults.AuthenticationScheme));
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)options.BearerTokenExpiration.TotalSeconds));
    }

    private static async Task<Results<Ok<DocumentResponse>, NotFound>> GetAsync(Guid id, CmsDbContext db, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == id, ct);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        var data = VersionData.Deserialize(await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == document.Id && v.Number == document.LatestVersion).Select(v => v.Data).FirstAsync(ct));
        var parentKey = document.ParentId is { } p ? await db.Documents.Where(d => d.Id == p).Select(d => (Guid?)d.Key).FirstAsync(ct) : null;
        var urls = await db.DocumentUrls.AsNoTracking().Where(u => u.DocumentId == document.Id).ToDictionaryAsync(u => u.Culture, u => u.Route, ct);
        return TypedResults.Ok(new DocumentResponse(
            document.Key,
            document.ContentType,
            parentKey,
            document.Level,
            document.SortOrder,
            document.Trashed,
            document.LatestVersion,
            document.PublishedVersion,
            ContentService.SplitCultures(document.PublishedCultures).Order(StringComparer.Ordinal).ToList(),
            data.Names.Select(n => new VariantModel(WireCulture(n.Key), n.Value, data.Segments.GetValueOrDefault(n.Key))).ToList(),
            data.Values.SelectMany(v => v.Value.Select(c => new ValueModel(v.Key, WireCulture(c.Key), c.Value))).ToList(),
            urls,
            document.CreateDate,
            document.UpdateDate));
    }

    private static async Task<Results<Ok<List<VersionResponse>>, NotFound>> VersionsAsync(Guid id, CmsDbContext db, CancellationToken ct)
    {
        var documentId = await db.Documents.Where(d => d.Key == id).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        if (documentId is null)
        {
            return TypedResults.NotFound();
        }

        var versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == documentId).OrderByDescending(v => v.Number)
            .Select(v => new VersionResponse(v.Number, v.State.ToString(), v.CreatedUtc, v.Author, v.BasedOn, v.Comment, v.PublishedCultures))
            .ToListAsync(ct);
        return TypedResults.Ok(versions);
    }

    private static async Task<IResult> CreateAsync(CreateDocumentRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.DocumentType is null || string.IsNullOrWhiteSpace(request.DocumentType.Alias))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["documentType"] = ["Name the document type: { \"alias\": \"report\" }."] });
        }

        var result = await content.CreateAsync(request.DocumentType.Alias, request.Parent?.Id, ToEdit(request.Variants, request.Values), Actor(user), request.Id, ct);
        return ContentProblems.ToHttp(result, r => TypedResults.Created($"/umbraco/management/api/v1/document/{r.Key}", new OperationResponse(r.Key, r.Version)));
    }

    private static async Task<IResult> UpdateAsync(Guid id, UpdateDocumentRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.SaveAsync(id, request.Version, ToEdit(request.Variants, request.Values), Actor(user), ct), Ok);

    private static async Task<IResult> PublishAsync(Guid id, PublishRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.PublishAsync(id, request.Cultures, Actor(user), request.Version, ct), Ok);

    private static async Task<IResult> UnpublishAsync(Guid id, UnpublishRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.UnpublishAsync(id, request.Cultures, Actor(user), ct), Ok);

    private static async Task<IResult> RollbackAsync(Guid id, RollbackRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.RollbackAsync(id, request.VersionNumber, request.Version, Actor(user), ct), Ok);

    private static async Task<IResult> MoveAsync(Guid id, MoveRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.MoveAsync(id, request.Target?.Id, Actor(user), ct), Ok);

    private static async Task<IResult> CopyAsync(Guid id, CopyRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.CopyAsync(id, request.Target?.Id, request.IncludeDescendants, Actor(user), ct),
            r => TypedResults.Created($"/umbraco/management/api/v1/document/{r.Key}", new OperationResponse(r.Key, r.Version)));

    private static async Task<IResult> SortAsync(SortRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.SortAsync(request.Parent?.Id, request.Sorting?.Select(s => s.Id).ToList() ?? [], Actor(user), ct), Ok);

    private static async Task<IResult> TrashAsync(Guid id, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.TrashAsync(id, Actor(user), ct), Ok);

    private static async Task<IResult> RestoreAsync(Guid id, RestoreRequest? request, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.RestoreAsync(id, Actor(user), request?.Target?.Id, ct), Ok);

    private static async Task<IResult> DeleteAsync(Guid id, ContentService content, ClaimsPrincipal user, CancellationToken ct) =>
        ContentProblems.ToHttp(await content.DeleteAsync(id, Actor(user), ct), _ => TypedResults.NoContent());

    private static async Task<Ok<OperationResponse>> EmptyRecycleBinAsync(ContentService content, ClaimsPrincipal user, CancellationToken ct)
    {
        await content.EmptyRecycleBinAsync(Actor(user), ct);
        return TypedResults.Ok(new OperationResponse(null, null));
    }

    private static async Task<IResult> ScheduleAsync(Guid id, ScheduleRequest request, ContentService content, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.PublishAt is null && request.UnpublishAt is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["publishAt"] = ["Give publishAt, unpublishAt or both."] });
        }

        if (request.PublishAt is { } p && request.UnpublishAt is { } u && u <= p)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["unpublishAt"] = ["unpublishAt must be after publishAt."] });
        }

        ContentResult? result = null;
        if (request.PublishAt is { } publishAt)
        {
            result = await content.ScheduleAsync(id, ScheduleKind.Publish, request.Culture, publishAt, Actor(user), ct);
        }

        if (request.UnpublishAt is { } unpublishAt && result is null or { Succeeded: true })
        {
            result = await content.ScheduleAsync(id, ScheduleKind.Unpublish, request.Culture, unpublishAt, Actor(user), ct);
        }

        return ContentProblems.ToHttp(result!, Ok);
    }

    private static async Task<Ok<List<AuditEntryResponse>>> AuditAsync(CmsDbContext db, Guid? entityKey, int? take, CancellationToken ct)
    {
        var query = db.Audit.AsNoTracking();
        if (entityKey is { } key)
        {
            query = query.Where(a => a.EntityKey == key);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(Math.Clamp(take ?? 100, 1, 500))
            .Select(a => new AuditEntryResponse(a.Utc, a.Actor, a.Action, a.EntityKey, a.Details)).ToListAsync(ct);
        return TypedResults.Ok(entries);
    }

    private static async Task<Ok<List<RedirectResponse>>> RedirectsAsync(CmsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.RedirectUrls.AsNoTracking().OrderByDescending(r => r.Id).Take(1000)
            .Select(r => new RedirectResponse(r.Id, r.Route, r.Culture, r.DocumentKey, r.CreatedUtc)).ToListAsync(ct));

    private static async Task<Results<NoContent, NotFound>> DeleteRedirectAsync(long id, CmsDbContext db, CancellationToken ct) =>
        await db.RedirectUrls.Where(r => r.Id == id).ExecuteDeleteAsync(ct) > 0 ? TypedResults.NoContent() : TypedResults.NotFound();

    private static IResult Ok(ContentResult r) => TypedResults.Ok(new OperationResponse(
        r.Key,
        r.Version,
        r.Warnings.Count == 0 ? null : r.Warnings.Select(w => new WarningModel(w.Property, w.Culture is VersionData.Invariant ? null : w.Culture, w.Message)).ToList()));

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static string? WireCulture(string culture) => culture == VersionData.Invariant ? null : culture;

    private static DocumentEdit ToEdit(IReadOnlyList<VariantModel>? variants, IReadOnlyList<ValueModel>? values)
    {
        var names = new Dictionary<string, string>();
        var segments = new Dictionary<string, string>();
        foreach (var v in variants ?? [])
        {
            var culture = v.Culture ?? VersionData.Invariant;
            names[culture] = v.Name;
            if (!string.IsNullOrWhiteSpace(v.Segment))
            {
                segments[culture] = v.Segment;
            }
        }

        var byAlias = new Dictionary<string, JsonNode?>();
        foreach (var value in values ?? [])
        {
            if (value.Culture is null)
            {
                byAlias[value.Alias] = value.Value?.DeepClone();
            }
            else
            {
                if (byAlias.GetValueOrDefault(value.Alias) is not JsonObject perCulture)
                {
                    perCulture = [];
                    byAlias[value.Alias] = perCulture;
                }

                perCulture[value.Culture] = value.Value?.DeepClone();
            }
        }

        return new DocumentEdit { Names = names, Segments = segments, Values = byAlias };
    }
}

public sealed record AuditEntryResponse(DateTime Utc, string Actor, string Action, Guid? EntityKey, string? Details);

public sealed record RedirectResponse(long Id, string Route, string Culture, Guid DocumentKey, DateTime CreatedUtc);
