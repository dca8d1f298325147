namespace ICDiplomacy.Web.Search;

public enum IndexOpenResult
{
    Opened,
    Missing,
    /// <summary>Segments could not be read (truncated or damaged files).</summary>
    Corrupt,
    /// <summary>Another writer holds the directory's lock.</summary>
    Locked,
}
