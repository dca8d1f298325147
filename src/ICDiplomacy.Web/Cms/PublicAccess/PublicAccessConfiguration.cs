using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.PublicAccess;

internal sealed class PublicAccessEntryConfiguration : IEntityTypeConfiguration<PublicAccessEntry>
{
    public void Configure(EntityTypeBuilder<PublicAccessEntry> b)
    {
        b.ToTable("umbracoAccess");
        b.HasKey(e => e.Id);
        b.HasIndex(e => e.Key).IsUnique();
        b.HasIndex(e => e.DocumentId).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Document>().WithMany().HasForeignKey(e => e.LoginDocumentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Document>().WithMany().HasForeignKey(e => e.NoAccessDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PublicAccessRuleConfiguration : IEntityTypeConfiguration<PublicAccessRule>
{
    public void Configure(EntityTypeBuilder<PublicAccessRule> b)
    {
        b.ToTable("umbracoAccessRule");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.EntryId);
        b.HasIndex(r => r.MemberGroupId);
        b.HasIndex(r => r.MemberId);
        b.HasOne<PublicAccessEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MemberGroup>().WithMany().HasForeignKey(r => r.MemberGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_umbracoAccessRule_OneTarget", "(\"MemberGroupId\" IS NULL) <> (\"MemberId\" IS NULL)"));
    }
}
