using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ICDiplomacy.Web.Tests.Data;

public class ModelConfigurationTests
{
    [Fact]
    public void Listed_configurations_build_the_same_model_as_an_assembly_scan()
    {
        var options = new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options;
        using var listed = new ListedContext(options);
        using var scanned = new ScannedContext(options);

        var expected = scanned.GetService<IDesignTimeModel>().Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var actual = listed.GetService<IDesignTimeModel>().Model.ToDebugString(MetadataDebugStringOptions.LongDefault);

        Assert.True(expected == actual, "CmsDbContext.OnModelCreating must apply every IEntityTypeConfiguration in the assembly; the model built by a scan differs.");
        Assert.Contains("EntityType: Document", actual, StringComparison.Ordinal);
    }

    private sealed class ListedContext(DbContextOptions options) : CmsDbContext(options);

    private sealed class ScannedContext(DbContextOptions options) : CmsDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }
}
