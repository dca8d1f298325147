namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>One protected document in the snapshot: who may see it and its branch.</summary>
public sealed record ProtectedNode(long DocumentId, Guid DocumentKey, IReadOnlySet<Guid> MemberKeys, IReadOnlySet<Guid> GroupKeys)
{
    public bool Admits(MemberIdentity member) => MemberKeys.Contains(member.MemberKey) || GroupKeys.Overlaps(member.GroupKeys);
}
