namespace ICDiplomacy.Web.Search;

public enum IndexStatus
{
    /// <summary>No usable index yet (first start, or the last one was unreadable); a rebuild is running.</summary>
    Unavailable,
    Ready,
    /// <summary>Answering from the current index while a replacement is built.</summary>
    Rebuilding,
}
