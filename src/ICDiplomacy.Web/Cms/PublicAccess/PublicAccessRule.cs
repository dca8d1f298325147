namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// One "allowed" line of a public access entry: a member group or a single member (exactly one is set).
/// Stored by id, not by name as Umbraco does, so renaming a group or member never changes who gets in.
/// </summary>
public sealed class PublicAccessRule
{
    public long Id { get; set; }
    public long EntryId { get; set; }
    public long? MemberGroupId { get; set; }
    public long? MemberId { get; set; }
}
