using System.Security.Claims;
using System.Text.Json;
using ICDiplomacy.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using RequestSizeLimitAttribute = Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Umbraco's Webhooks settings section as management API routes (bearer token, administrators only):
/// subscriptions, the events they may name, each one's delivery log and "retry now" for a failed delivery.
/// </summary>
public static class WebhookManagementEndpoints
{
    private const long MaxRequestBytes = 64 * 1024;
    private const int MaxTake = 500;

    public static IEndpointRouteBuilder MapWebhookManagementEndpoints(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/umbraco/management/api/v1/webhook")
            .WithTags("Webhooks")
            .RequireAuthorization(ManagementPolicies.Settings)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));

        webhooks.MapGet("", ListAsync);
        webhooks.MapGet("/events", Events);
        webhooks.MapGet("/{id:guid}", GetAsync);
        webhooks.MapPost("", CreateAsync);
        webhooks.MapPut("/{id:guid}", UpdateAsync);
        webhooks.MapDelete("/{id:guid}", DeleteAsync);
        webhooks.MapGet("/{id:guid}/logs", LogsAsync);
        webhooks.MapPost("/{id:guid}/logs/{logId:long}/retry", RetryAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(WebhookService webhooks, int? skip, int? take, CancellationToken ct)
    {
        if (PagingProblem(skip, take) is { } problem)
        {
            return problem;
        }

        var (total, items) = await webhooks.PageAsync(skip ?? 0, take ?? 100, ct);
        return TypedResults.Ok(new WebhookPagedResponse<WebhookResponse>(total, items.Select(ToResponse).ToList()));
    }

    private static Ok<WebhookPagedResponse<WebhookEventResponse>> Events()
    {
        var events = WebhookEvents.All.Order(StringComparer.Ordinal)
            .Select(e => new WebhookEventResponse(e, WebhookEvents.IsMedia(e) ? "Media" : "Content"))
            .ToList();
        return TypedResults.Ok(new WebhookPagedResponse<WebhookEventResponse>(events.Count, events));
    }

    private static async Task<Results<Ok<WebhookResponse>, NotFound>> GetAsync(Guid id, WebhookService webhooks, CancellationToken ct) =>
        await webhooks.GetAsync(id, ct) is { } subscription ? TypedResults.Ok(ToResponse(subscription)) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(WebhookRequest request, WebhookService webhooks, ClaimsPrincipal user, CancellationToken ct) =>
        await ToHttpAsync(await webhooks.CreateAsync(ToInput(request), Actor(user), ct), webhooks, created: true, ct);

    private static async Task<IResult> UpdateAsync(Guid id, WebhookRequest request, WebhookService webhooks, ClaimsPrincipal user, CancellationToken ct) =>
        await ToHttpAsync(await webhooks.UpdateAsync(id, ToInput(request), Actor(user), ct), webhooks, created: false, ct);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, WebhookService webhooks, ClaimsPrincipal user, CancellationToken ct) =>
        await webhooks.DeleteAsync(id, Actor(user), ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<IResult> LogsAsync(Guid id, WebhookService webhooks, int? skip, int? take, CancellationToken ct)
    {
        if (PagingProblem(skip, take) is { } problem)
        {
            return problem;
        }

        var page = await webhooks.LogPageAsync(id, skip ?? 0, take ?? 100, ct);
        if (page is null)
        {
            return TypedResults.NotFound();
        }

        var (total, items) = page.Value;
        return TypedResults.Ok(new WebhookPagedResponse<WebhookLogResponse>(total, items.Select(l => new WebhookLogResponse(
            l.Id, l.Event, l.EntityKey, l.Url, l.RetryCount, l.StatusCode, l.Succeeded, l.GaveUp, l.RequestBody, l.ResponseBody, l.Error, l.AttemptUtc)).ToList()));
    }

    private static async Task<IResult> RetryAsync(Guid id, long logId, WebhookService webhooks, ClaimsPrincipal user, CancellationToken ct) =>
        await webhooks.RetryAsync(id, logId, Actor(user), ct) switch
        {
            { Status: WebhookOperationStatus.Success } => TypedResults.Accepted((string?)null),
            var failed => Problem(failed),
        };

    private static async Task<IResult> ToHttpAsync(WebhookResult result, WebhookService webhooks, bool created, CancellationToken ct)
    {
        if (result.Status != WebhookOperationStatus.Success)
        {
            return Problem(result);
        }

        var response = ToResponse((await webhooks.GetAsync(result.Key!.Value, ct))!);
        return created ? TypedResults.Created($"/umbraco/management/api/v1/webhook/{response.Id}", response) : TypedResults.Ok(response);
    }

    /// <summary>The webhook feature's one status → RFC 9457 mapping.</summary>
    private static IResult Problem(WebhookResult result) => result.Status switch
    {
        WebhookOperationStatus.ValidationFailed => TypedResults.ValidationProblem(
            result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "The webhook has validation errors."),
        WebhookOperationStatus.NotFound => TypedResults.Problem(title: "Not found", detail: result.Message, statusCode: StatusCodes.Status404NotFound),
        WebhookOperationStatus.Conflict => TypedResults.Problem(title: "Not possible in the current state", detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "The operation failed", detail: result.Message, statusCode: StatusCodes.Status400BadRequest),
    };

    private static IResult? PagingProblem(int? skip, int? take)
    {
        var errors = new Dictionary<string, string[]>();
        if (skip < 0)
        {
            errors["skip"] = ["skip must be 0 or more."];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be between 1 and {MaxTake}."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }

    private static WebhookSubscriptionInput ToInput(WebhookRequest request) => new(
        request.Name ?? "",
        request.Url ?? "",
        request.Events ?? [],
        request.ContentTypes,
        request.Headers,
        request.Enabled ?? true,
        request.Secret);

    private static WebhookResponse ToResponse(WebhookSubscription s) => new(
        s.Key,
        s.Name,
        s.Url,
        s.Enabled,
        s.Events.Split(',', StringSplitOptions.RemoveEmptyEntries),
        s.ContentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries),
        JsonSerializer.Deserialize<Dictionary<string, string>>(s.Headers) ?? [],
        s.Secret is not null,
        s.CreatedUtc);

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
