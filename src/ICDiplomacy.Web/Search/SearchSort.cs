namespace ICDiplomacy.Web.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
