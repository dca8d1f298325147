namespace ICDiplomacy.Web.Cms.Users;

/// <summary>A backoffice account (Umbraco's "user"), never a public registrant.</summary>
public sealed class BackofficeUser
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public required string UserName { get; set; }
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public required string Group { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime? LockoutEndUtc { get; set; }
    public required string SecurityStamp { get; set; }
}
