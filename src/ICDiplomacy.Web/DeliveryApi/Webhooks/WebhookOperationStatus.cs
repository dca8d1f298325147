namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

public enum WebhookOperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
    /// <summary>Not possible in the current state (a delivery that succeeded, a disabled webhook).</summary>
    Conflict,
}
