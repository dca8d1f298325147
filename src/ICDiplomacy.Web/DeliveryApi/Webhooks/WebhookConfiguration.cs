using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("umbracoWebhook");
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.Key).IsUnique();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Url).HasMaxLength(2000);
        b.Property(s => s.Events).HasMaxLength(2000);
        b.Property(s => s.ContentTypes).HasMaxLength(2000);
        b.Property(s => s.Headers).HasMaxLength(8000);
        b.Property(s => s.Secret).HasMaxLength(500);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("umbracoWebhookRequest");
        b.HasKey(d => d.Id);
        b.HasIndex(d => d.NextAttemptUtc);
        b.HasIndex(d => new { d.SubscriptionId, d.OutboxMessageId }).IsUnique();
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(d => d.Event).HasMaxLength(100);
    }
}

internal sealed class WebhookLogEntryConfiguration : IEntityTypeConfiguration<WebhookLogEntry>
{
    public void Configure(EntityTypeBuilder<WebhookLogEntry> b)
    {
        b.ToTable("umbracoWebhookLog");
        b.HasKey(l => l.Id);
        b.HasIndex(l => l.AttemptUtc);
        b.HasIndex(l => new { l.SubscriptionId, l.AttemptUtc });
        b.Property(l => l.Event).HasMaxLength(100);
        b.Property(l => l.Url).HasMaxLength(2000);
        b.Property(l => l.ResponseBody).HasMaxLength(4000);
        b.Property(l => l.Error).HasMaxLength(2000);
    }
}
