using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("cmsDocument");
        b.HasKey(d => d.Id);
        b.HasIndex(d => d.Key).IsUnique();
        b.HasIndex(d => new { d.ParentId, d.SortOrder });
        b.HasIndex(d => d.Path);
        b.HasIndex(d => d.ContentType);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.Path).HasMaxLength(2000);
        // App-maintained concurrency token: SQLite has no rowversion (SECURITY-GUIDE §5).
        b.Property(d => d.LatestVersion).IsConcurrencyToken();
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("cmsDocumentVersion");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Author).HasMaxLength(200);
        b.Property(v => v.PublishedCultures).HasMaxLength(200);
        b.Property(v => v.Comment).HasMaxLength(500);
    }
}

internal sealed class DocumentUrlConfiguration : IEntityTypeConfiguration<DocumentUrl>
{
    public void Configure(EntityTypeBuilder<DocumentUrl> b)
    {
        b.ToTable("cmsDocumentUrl");
        b.HasKey(u => u.Id);
        b.HasIndex(u => new { u.RootId, u.Culture, u.Route }).IsUnique();
        b.HasIndex(u => new { u.DocumentId, u.Culture }).IsUnique();
        // Delivery API lists sorted by update date walk this index and stop at the page.
        b.HasIndex(u => new { u.Culture, u.PublishDate });
        b.HasOne<Document>().WithMany().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(u => u.Culture).HasMaxLength(20);
        b.Property(u => u.Route).HasMaxLength(2000);
        b.Property(u => u.Segment).HasMaxLength(255);
        b.Property(u => u.Name).HasMaxLength(255);
    }
}

internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrl>
{
    public void Configure(EntityTypeBuilder<RedirectUrl> b)
    {
        b.ToTable("umbracoRedirectUrl");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.RootId, r.Culture, r.Route });
        b.HasIndex(r => r.DocumentKey);
        b.Property(r => r.Culture).HasMaxLength(20);
        b.Property(r => r.Route).HasMaxLength(2000);
    }
}

internal sealed class DocumentVariantConfiguration : IEntityTypeConfiguration<DocumentVariant>
{
    public void Configure(EntityTypeBuilder<DocumentVariant> b)
    {
        b.ToTable("cmsDocumentVariant");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.ParentId, v.Culture, v.Segment }).IsUnique();
        b.HasIndex(v => new { v.DocumentId, v.Culture }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Culture).HasMaxLength(20);
        b.Property(v => v.Name).HasMaxLength(255);
        b.Property(v => v.Segment).HasMaxLength(255);
    }
}

internal sealed class DocumentFacetConfiguration : IEntityTypeConfiguration<DocumentFacet>
{
    public void Configure(EntityTypeBuilder<DocumentFacet> b)
    {
        b.ToTable("cmsDocumentFacet");
        b.HasKey(f => f.Id);
        b.HasIndex(f => new { f.Alias, f.Value });
        b.HasIndex(f => f.DocumentId);
        b.HasOne<Document>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Culture).HasMaxLength(20);
        b.Property(f => f.Alias).HasMaxLength(100);
        b.Property(f => f.Value).HasMaxLength(200);
    }
}
