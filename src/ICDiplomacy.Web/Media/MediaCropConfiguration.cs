using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Media;

internal sealed class MediaCropConfiguration : IEntityTypeConfiguration<MediaCrop>
{
    public void Configure(EntityTypeBuilder<MediaCrop> b)
    {
        b.ToTable("cmsMediaCrop");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.MediaId, c.Alias }).IsUnique();
        b.Property(c => c.Alias).HasMaxLength(100);
    }
}
