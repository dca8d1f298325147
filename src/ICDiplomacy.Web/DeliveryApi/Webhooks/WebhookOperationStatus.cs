namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

public enum WebhookOperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
}
