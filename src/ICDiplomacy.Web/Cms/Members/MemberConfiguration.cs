using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("cmsMember");
        b.HasKey(m => m.Id);
        b.HasIndex(m => m.Key).IsUnique();
        b.HasIndex(m => m.NormalizedEmail).IsUnique();
        b.HasIndex(m => m.NormalizedUserName).IsUnique();
        b.Property(m => m.Email).HasMaxLength(256);
        b.Property(m => m.NormalizedEmail).HasMaxLength(256);
        b.Property(m => m.UserName).HasMaxLength(256);
        b.Property(m => m.NormalizedUserName).HasMaxLength(256);
        b.Property(m => m.Name).HasMaxLength(255);
        b.Property(m => m.PasswordHash).HasMaxLength(500);
        b.Property(m => m.SecurityStamp).HasMaxLength(64);
    }
}

internal sealed class MemberGroupConfiguration : IEntityTypeConfiguration<MemberGroup>
{
    public void Configure(EntityTypeBuilder<MemberGroup> b)
    {
        b.ToTable("cmsMemberGroup");
        b.HasKey(g => g.Id);
        b.HasIndex(g => g.Key).IsUnique();
        b.HasIndex(g => g.NormalizedName).IsUnique();
        b.Property(g => g.Name).HasMaxLength(255);
        b.Property(g => g.NormalizedName).HasMaxLength(255);
    }
}

internal sealed class MemberGroupMembershipConfiguration : IEntityTypeConfiguration<MemberGroupMembership>
{
    public void Configure(EntityTypeBuilder<MemberGroupMembership> b)
    {
        b.ToTable("cmsMember2MemberGroup");
        b.HasKey(m => new { m.MemberId, m.MemberGroupId });
        b.HasIndex(m => m.MemberGroupId);
        b.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MemberGroup>().WithMany().HasForeignKey(m => m.MemberGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
