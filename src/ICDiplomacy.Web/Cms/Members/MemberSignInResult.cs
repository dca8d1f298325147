namespace ICDiplomacy.Web.Cms.Members;

/// <summary>The outcome of a member password check; only <see cref="Succeeded"/> carries the member.</summary>
public sealed record MemberSignInResult(MemberSignInStatus Status, Member? Member = null)
{
    public bool Succeeded => Status == MemberSignInStatus.Succeeded;
}

public enum MemberSignInStatus
{
    Succeeded,
    /// <summary>Unknown name or wrong password: the same answer for both, so names cannot be probed.</summary>
    Failed,
    LockedOut,
    NotApproved,
}
