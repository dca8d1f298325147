namespace ICDiplomacy.Web.Cms.Members;

/// <summary>A public site account (Umbraco's "member"): signs in to see protected content, never the backoffice.</summary>
public sealed class Member
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public required string Email { get; set; }
    /// <summary>Upper-cased email, for case-insensitive uniqueness on both providers.</summary>
    public required string NormalizedEmail { get; set; }
    public required string UserName { get; set; }
    /// <summary>Upper-cased user name, for case-insensitive uniqueness on both providers.</summary>
    public required string NormalizedUserName { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsApproved { get; set; }
    public int AccessFailedCount { get; set; }
    /// <summary>Locked out until this time (UTC); null when not locked out.</summary>
    public DateTime? LockoutEndUtc { get; set; }
    /// <summary>Changes whenever the password, approval, lock-out or groups change, so issued sessions can be revoked.</summary>
    public required string SecurityStamp { get; set; }
    public DateTime? LastLoginUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
