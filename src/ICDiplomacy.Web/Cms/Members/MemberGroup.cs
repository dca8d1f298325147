namespace ICDiplomacy.Web.Cms.Members;

/// <summary>A member group (Umbraco's member "role"), used by public access rules.</summary>
public sealed class MemberGroup
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public required string Name { get; set; }
    /// <summary>Upper-cased name, for case-insensitive uniqueness on both providers.</summary>
    public required string NormalizedName { get; set; }
    public DateTime CreatedUtc { get; set; }
}
