namespace ICDiplomacy.Web.Search;

/// <summary>A search ran past its time box (<see cref="SearchOptions.TimeBudget"/>).</summary>
public sealed class SearchTimeoutException : Exception
{
    public SearchTimeoutException()
        : base("The search took too long.")
    {
    }

    public SearchTimeoutException(string message)
        : base(message)
    {
    }

    public SearchTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
