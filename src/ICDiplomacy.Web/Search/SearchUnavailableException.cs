namespace ICDiplomacy.Web.Search;

/// <summary>The index cannot answer yet (first build or recovery running): the caller shows a "degraded" answer.</summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException()
        : base("Search is being rebuilt.")
    {
    }

    public SearchUnavailableException(string message)
        : base(message)
    {
    }

    public SearchUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
