using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("cmsOutbox");
        b.HasKey(m => m.Id);
        b.HasIndex(m => m.CreatedUtc);
        b.Property(m => m.Event).HasMaxLength(100);
        b.Property(m => m.ContentType).HasMaxLength(100);
        b.Property(m => m.Cultures).HasMaxLength(200);
    }
}

internal sealed class OutboxCursorConfiguration : IEntityTypeConfiguration<OutboxCursor>
{
    public void Configure(EntityTypeBuilder<OutboxCursor> b)
    {
        b.ToTable("cmsOutboxCursor");
        b.HasKey(c => c.Subscriber);
        b.Property(c => c.Subscriber).HasMaxLength(200);
    }
}
