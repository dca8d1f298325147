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

    /// <summary>
    /// Every entity configuration, listed rather than found with <c>ApplyConfigurationsFromAssembly</c>: that scan
    /// loads every type in the assembly (thousands, with their dependencies) at the first query and keeps them
    /// resident, a large share of the idle-memory budget. A test builds the model both ways and compares them, so
    /// a configuration class added without a line here fails it.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DocumentConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentVersionConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentUrlConfiguration());
        modelBuilder.ApplyConfiguration(new RedirectUrlConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentVariantConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentFacetConfiguration());
        modelBuilder.ApplyConfiguration(new PublicAccessEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PublicAccessRuleConfiguration());
        modelBuilder.ApplyConfiguration(new ScheduledActionConfiguration());
        modelBuilder.ApplyConfiguration(new BackofficeUserConfiguration());
        modelBuilder.ApplyConfiguration(new ApiClientConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxCursorConfiguration());
        modelBuilder.ApplyConfiguration(new MemberConfiguration());
        modelBuilder.ApplyConfiguration(new MemberGroupConfiguration());
        modelBuilder.ApplyConfiguration(new MemberGroupMembershipConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookLogEntryConfiguration());
        modelBuilder.ApplyConfiguration(new MediaItemConfiguration());
        modelBuilder.ApplyConfiguration(new MediaCropConfiguration());
    }
}
