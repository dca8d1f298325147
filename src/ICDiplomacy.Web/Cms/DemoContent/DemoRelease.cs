namespace ICDiplomacy.Web.Cms.DemoContent;

internal enum DemoRelease
{
    Published,
    /// <summary>Saved only, never published.</summary>
    Draft,
    /// <summary>Saved and scheduled to publish two weeks after seeding.</summary>
    Scheduled,
}
