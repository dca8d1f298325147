namespace ICDiplomacy.Web.Cms.Members;

/// <summary>A member's place in a group (Umbraco's cmsMember2MemberGroup).</summary>
public sealed class MemberGroupMembership
{
    public long MemberId { get; set; }
    public long MemberGroupId { get; set; }
}
