namespace ICDiplomacy.Web.Common;

/// <summary>Something holding memory that is cheap to rebuild, let go when the node has been idle for a while.</summary>
public interface IIdleRelease
{
    /// <summary>Called on the idle trimmer's thread, with no request in flight; must be safe against one starting.</summary>
    void Release();
}
