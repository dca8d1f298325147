using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using ICDiplomacy.Web.Media;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Data;

/// <summary>The provider-neutral model; each provider derives a context that owns its migration set.</summary>
public abstract class CmsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<DocumentVariant> DocumentVariants => Set<DocumentVariant>();
    public DbSet<DocumentUrl> DocumentUrls => Set<DocumentUrl>();
    public DbSet<DocumentFacet> DocumentFacets => Set<DocumentFacet>();
    public DbSet<RedirectUrl> RedirectUrls => Set<RedirectUrl>();
    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OutboxCursor> OutboxCursors => Set<OutboxCursor>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<BackofficeUser> Users => Set<BackofficeUser>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookLogEntry> WebhookLog => Set<WebhookLogEntry>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<MediaCrop> MediaCrops => Set<MediaCrop>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberGroup> MemberGroups => Set<MemberGroup>();
    public DbSet<MemberGroupMembership> MemberGroupMemberships => Set<MemberGroupMembership>();
    public DbSet<PublicAccessEntry> PublicAccessEntries => Set<PublicAccessEntry>();
    public DbSet<PublicAccessRule> PublicAccessRules => Set<PublicAccessRule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
}
