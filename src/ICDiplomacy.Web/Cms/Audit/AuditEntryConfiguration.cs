using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("umbracoAudit");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.EntityKey);
        b.HasIndex(a => a.Utc);
        b.Property(a => a.Actor).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.Details).HasMaxLength(2000);
    }
}
