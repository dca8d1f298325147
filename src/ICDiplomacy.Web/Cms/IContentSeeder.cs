namespace ICDiplomacy.Web.Cms;

/// <summary>Seeds content at start-up when <see cref="CmsOptions.SeedDemoContent"/> is on. Must be idempotent.</summary>
public interface IContentSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
