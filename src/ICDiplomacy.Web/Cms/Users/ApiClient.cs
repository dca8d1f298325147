namespace ICDiplomacy.Web.Cms.Users;

/// <summary>An automation client for the management API (client-credentials flow).</summary>
public sealed class ApiClient
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public required string SecretHash { get; set; }
    public required string Group { get; set; }
    public DateTime CreatedUtc { get; set; }
}
