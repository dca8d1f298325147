using System.Buffers;
using System.Text.Json;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.RegionalBalance;

public static class RegionalBalanceEndpoints
{
    public static IEndpointRouteBuilder MapRegionalBalanceEndpoints(this IEndpointRouteBuilder app)
    {
        // Anonymous because nothing is stored; rate-limited and size-bounded for the same reason.
        var group = app.MapGroup("/api/balance")
            .WithTags("RegionalBalance")
            .AllowAnonymous()
            .RequireRateLimiting(RegionalBalanceModule.RateLimitPolicy);

        group.MapPost("/check", CheckAsync)
            .Accepts<CheckBalanceRequest>("application/json")
            .WithName("CheckRegionalBalance");

        // Published content only. Anonymous callers get the aggregate with small cells suppressed; the preview
        // key or a management token (checked inside, see BalanceAccess) gets the full detail.
        // Each answer reads a session or initiative with its people: the same per-client budget as the check.
        var content = app.MapGroup("/api")
            .WithTags("RegionalBalance")
            .AllowAnonymous()
            .RequireRateLimiting(RegionalBalanceModule.RateLimitPolicy);

        content.MapGet("/forum/sessions/{sessionId:guid}/balance", SessionBalanceAsync)
            .WithName("ForumSessionBalance");
        content.MapGet("/initiatives/{initiativeId:guid}/balance", InitiativeBalanceAsync)
            .WithName("InitiativeBalance");

        return app;
    }

    internal static async Task<Results<Ok<BalanceSummary>, Ok<BalanceDetail>, NotFound>> SessionBalanceAsync(
        Guid sessionId,
        HttpContext http,
        BalanceContentReader reader,
        BalanceService balance,
        IConfiguration configuration,
        IAuthorizationService authorization,
        CmsDbContext db,
        PublicAccessRules publicAccess,
        CancellationToken cancellationToken)
    {
        var input = await reader.ReadSessionAsync(sessionId, cancellationToken);
        return input is null || await IsHiddenAsync(sessionId, http, db, publicAccess, configuration, authorization, cancellationToken)
            ? TypedResults.NotFound()
            : await AnswerAsync(BalanceContentReader.SessionType, sessionId, input, http, balance, configuration, authorization);
    }

    internal static async Task<Results<Ok<BalanceSummary>, Ok<BalanceDetail>, NotFound>> InitiativeBalanceAsync(
        Guid initiativeId,
        HttpContext http,
        BalanceContentReader reader,
        BalanceService balance,
        IConfiguration configuration,
        IAuthorizationService authorization,
        CmsDbContext db,
        PublicAccessRules publicAccess,
        CancellationToken cancellationToken)
    {
        var input = await reader.ReadInitiativeAsync(initiativeId, cancellationToken);
        return input is null || await IsHiddenAsync(initiativeId, http, db, publicAccess, configuration, authorization, cancellationToken)
            ? TypedResults.NotFound()
            : await AnswerAsync(BalanceContentReader.InitiativeType, initiativeId, input, http, balance, configuration, authorization);
    }

    /// <summary>
    /// A protected item (public access) is not public: anonymous callers get the same 404 as for an unpublished one;
    /// the preview key or a management token still see it.
    /// </summary>
    private static async Task<bool> IsHiddenAsync(
        Guid key, HttpContext http, CmsDbContext db, PublicAccessRules publicAccess, IConfiguration configuration, IAuthorizationService authorization, CancellationToken ct)
    {
        var path = await db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => d.Path).FirstOrDefaultAsync(ct);
        return path is not null
            && (await publicAccess.GetAsync(db, ct)).IsProtected(path)
            && !await BalanceAccess.MaySeeDetailAsync(http, configuration, authorization);
    }

    private static async Task<Results<Ok<BalanceSummary>, Ok<BalanceDetail>, NotFound>> AnswerAsync(
        string subject,
        Guid id,
        BalanceInput input,
        HttpContext http,
        BalanceService balance,
        IConfiguration configuration,
        IAuthorizationService authorization)
    {
        var result = balance.Check(input);
        http.Response.Headers.Append(HeaderNames.Vary, $"{BalanceAccess.ApiKeyHeader}, {HeaderNames.Authorization}");
        if (!await BalanceAccess.MaySeeDetailAsync(http, configuration, authorization))
        {
            return TypedResults.Ok(BalanceSummary.From(subject, id, result));
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new BalanceDetail
        {
            Subject = subject,
            Id = id,
            Result = result,
            Conflict = input.Conflict,
            Participants = input.Participants,
        });
    }

    // The body is read by hand, within RegionalBalance:MaxRequestBodyBytes, so that a value of the wrong
    // type becomes a field error keyed by its JSON path instead of a bare 400.
    internal static async Task<Results<Ok<BalanceResult>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        HttpRequest request,
        BalanceService balance,
        IOptions<RegionalBalanceOptions> options,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body must be JSON.",
                detail: "Send Content-Type: application/json.");
        }

        var limit = options.Value.MaxRequestBodyBytes;
        var body = request.ContentLength > limit ? null : await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.",
                detail: $"At most {limit} bytes are accepted.");
        }

        CheckBalanceRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CheckBalanceRequest>(body.Value.Span, json.Value.SerializerOptions);
        }
        catch (JsonException exception)
        {
            return Invalid(FieldOf(exception.Path), "Not valid here: a value of the wrong type, a field this request does not have, or malformed JSON.");
        }

        if (parsed is null)
        {
            return Invalid("body", "A JSON object is required.");
        }

        if (!CheckBalanceRequestValidator.TryValidate(parsed, balance.MaxParticipants, out var valid, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The balance check request is invalid.");
        }

        var result = balance.Check(valid.Profile, valid.Participants, valid.Conflict, valid.GlobalSouth, valid.Overrides);
        return TypedResults.Ok(result);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "The balance check request is invalid.");

    // "$.participants[3].country" → "participants[3].country"; the root or an unknown position → "body".
    private static string FieldOf(string? path) =>
        path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal) ? "body" : path[2..];

    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit, 64 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
