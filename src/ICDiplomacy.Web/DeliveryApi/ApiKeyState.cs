namespace ICDiplomacy.Web.DeliveryApi;

public enum ApiKeyState
{
    /// <summary>No <c>Api-Key</c> header.</summary>
    None,
    Valid,
    Invalid,
}
