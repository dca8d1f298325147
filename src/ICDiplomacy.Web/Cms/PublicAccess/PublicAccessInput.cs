namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>Umbraco's public access request: members by user name, groups by name, and the login and error pages.</summary>
public sealed record PublicAccessInput(IReadOnlyList<string>? MemberUserNames, IReadOnlyList<string>? MemberGroupNames, Guid? LoginDocument, Guid? ErrorDocument);
