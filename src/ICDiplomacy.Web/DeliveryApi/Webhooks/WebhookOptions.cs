using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>Webhook delivery settings (section <c>Webhook</c>), mirroring Umbraco's <c>Umbraco:CMS:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhook";

    /// <summary>Queue and send webhooks at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sender looks for due deliveries; also the first retry delay (later ones double).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt before a delivery is dropped (logged).</summary>
    [Range(0, 50)]
    public int MaximumRetries { get; set; } = 5;

    /// <summary>Longest wait between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaximumRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Timeout of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Let webhooks call loopback, link-local and private-network addresses (an intranet receiver, a test
    /// host). Off: such URLs are refused when saved and at every connection, after DNS resolution.
    /// </summary>
    public bool AllowPrivateNetworkTargets { get; set; }

    /// <summary>Delivery log entries older than this are removed.</summary>
    [Range(1, 3650)]
    public int KeepLogsForDays { get; set; } = 30;
}
