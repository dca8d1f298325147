namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>A signed-in member as public access rules see it: the member's key and the keys of its groups.</summary>
public sealed record MemberIdentity(Guid MemberKey, IReadOnlySet<Guid> GroupKeys);
