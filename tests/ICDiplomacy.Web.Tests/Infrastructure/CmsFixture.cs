namespace ICDiplomacy.Web.Tests.Infrastructure;

/// <summary>A shared read-only app for <c>IClassFixture</c>: in-memory SQLite, default settings (xunit needs one parameterless constructor).</summary>
public sealed class CmsFixture : CmsWebApplicationFactory
{
    public CmsFixture()
        : base(null, null, true)
    {
    }
}
