namespace ICDiplomacy.Web.Cms.Members;

/// <summary>A member as the management API creates or saves it. <see cref="Password"/> is required on create, optional on save.</summary>
public sealed record MemberInput(string? Email, string? UserName, string? Name, string? Password, bool IsApproved, IReadOnlyList<Guid>? Groups, bool? IsLockedOut = null);
