using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Sends queued webhook deliveries every <see cref="WebhookOptions.Period"/>: a 2xx removes the delivery,
/// anything else retries with doubling delays until <see cref="WebhookOptions.MaximumRetries"/>; every
/// attempt is logged. Safe with several nodes: a delivery is claimed before it is sent.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    /// <summary><c>sha256=</c> + hex HMAC-SHA256 of the body with the subscription's secret.</summary>
    public const string SignatureHeader = "X-Webhook-Signature-256";

    private const int BatchSize = 50;
    private const int MaxResponseLength = 4000;

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Sends due deliveries now instead of at the end of the current period (a manual retry).</summary>
    public void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one pass covers every delivery due so far.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (options.Value.Enabled)
                {
                    await SendDueAsync(stoppingToken);
                    await RemoveOldLogAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Webhook sending failed; retrying next period");
            }

            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(Task.Delay(options.Value.Period, clock, waiting.Token), _wake.WaitAsync(waiting.Token));
                await waiting.CancelAsync();
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Sends every delivery due now; returns how many attempts were made.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var due = await db.WebhookDeliveries.AsNoTracking().Where(d => d.NextAttemptUtc <= now).OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var subscriptionIds = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var attempts = 0;
        foreach (var delivery in due)
        {
            // Claim it: another node reading the same row sees a later due time and leaves it alone.
            var lease = now + (o.Timeout * 2);
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == delivery.Id && d.NextAttemptUtc == delivery.NextAttemptUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptUtc, lease), ct);
            if (claimed == 0 || !subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription))
            {
                continue;
            }

            attempts++;
            var (status, response, error) = subscription.Enabled
                ? await PostAsync(subscription, delivery, ct)
                : (null, null, "The webhook is disabled.");
            var succeeded = status is >= 200 and < 300;
            var gaveUp = !succeeded && (delivery.RetryCount >= o.MaximumRetries || !subscription.Enabled);
            db.WebhookLog.Add(new WebhookLogEntry
            {
                SubscriptionId = subscription.Id,
                DeliveryId = delivery.Id,
                Event = delivery.Event,
                EntityKey = delivery.EntityKey,
                Url = subscription.Url,
                RetryCount = delivery.RetryCount,
                StatusCode = status,
                Succeeded = succeeded,
                GaveUp = gaveUp,
                RequestBody = delivery.Payload,
                ResponseBody = response,
                Error = error,
                AttemptUtc = clock.GetUtcNow().UtcDateTime,
            });

            if (succeeded || gaveUp)
            {
                await db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteDeleteAsync(ct);
                if (gaveUp)
                {
                    logger.LogWarning("Webhook {Webhook} gave up on {Event} for {Key} after {Attempts} attempt(s)", subscription.Key, delivery.Event, delivery.EntityKey, delivery.RetryCount + 1);
                }
            }
            else
            {
                var retry = delivery.RetryCount + 1;
                var next = clock.GetUtcNow().UtcDateTime + RetryDelay(retry, o);
                await db.WebhookDeliveries.Where(d => d.Id == delivery.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.RetryCount, retry).SetProperty(d => d.NextAttemptUtc, next), ct);
            }

            await db.SaveChangesAsync(ct);
        }

        return attempts;
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based): Period, then doubling, capped.</summary>
    public static TimeSpan RetryDelay(int retry, WebhookOptions options)
    {
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Period.Ticks * factor, options.MaximumRetryDelay.Ticks));
        return delay < options.MaximumRetryDelay ? delay : options.MaximumRetryDelay;
    }

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task<(int? Status, string? Response, string? Error)> PostAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", "ICDiplomacy.Web");
        // Umbraco's headers; receivers written for Umbraco read them.
        request.Headers.TryAddWithoutValidation("umb-webhook-event", delivery.Event);
        request.Headers.TryAddWithoutValidation("umb-webhook-retrycount", delivery.RetryCount.ToString(CultureInfo.InvariantCulture));
        if (subscription.Secret is { Length: > 0 } secret)
        {
            request.Headers.TryAddWithoutValidation(SignatureHeader, Sign(secret, body));
        }

        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(subscription.Headers) ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var text = await ReadLimitedAsync(response, ct);
            return ((int)response.StatusCode, text, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (null, null, ex is TaskCanceledException ? "The request timed out." : ex.Message);
        }
    }

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new char[MaxResponseLength];
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return new string(buffer, 0, read);
    }

    private async Task RemoveOldLogAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepLogsForDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.WebhookLog.Where(l => l.AttemptUtc < cutoff).ExecuteDeleteAsync(ct);
    }
}
