using ICDiplomacy.Web.Cms.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Publishing;

internal sealed class ScheduledActionConfiguration : IEntityTypeConfiguration<ScheduledAction>
{
    public void Configure(EntityTypeBuilder<ScheduledAction> b)
    {
        b.ToTable("umbracoContentSchedule");
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.DueUtc);
        b.HasIndex(s => new { s.DocumentId, s.Culture, s.Kind }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Culture).HasMaxLength(20);
        b.Property(s => s.Author).HasMaxLength(200);
    }
}
