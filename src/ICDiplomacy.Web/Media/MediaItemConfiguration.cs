using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> b)
    {
        b.ToTable("cmsMedia");
        b.HasKey(m => m.Id);
        b.HasIndex(m => m.Key).IsUnique();
        b.HasIndex(m => new { m.ParentId, m.SortOrder });
        b.HasIndex(m => m.Path);
        b.HasIndex(m => m.NamePath);
        b.Property(m => m.Path).HasMaxLength(2000);
        b.Property(m => m.NamePath).HasMaxLength(2000);
        b.Property(m => m.MediaType).HasMaxLength(50);
        b.Property(m => m.Name).HasMaxLength(255);
        b.Property(m => m.StorageName).HasMaxLength(100);
        b.Property(m => m.FileName).HasMaxLength(255);
        b.Property(m => m.OriginalFileName).HasMaxLength(255);
        b.Property(m => m.Extension).HasMaxLength(10);
        b.Property(m => m.ContentHash).HasMaxLength(64);
        b.Property(m => m.AltText).HasMaxLength(1000);
        // App-maintained concurrency token: SQLite has no rowversion (SECURITY-GUIDE §5).
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasMany(m => m.Crops).WithOne().HasForeignKey(c => c.MediaId).OnDelete(DeleteBehavior.Cascade);
    }
}
