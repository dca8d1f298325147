using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICDiplomacy.Web.Cms.Users;

internal sealed class BackofficeUserConfiguration : IEntityTypeConfiguration<BackofficeUser>
{
    public void Configure(EntityTypeBuilder<BackofficeUser> b)
    {
        b.ToTable("umbracoUser");
        b.HasKey(u => u.Id);
        b.HasIndex(u => u.Key).IsUnique();
        b.HasIndex(u => u.UserName).IsUnique();
        b.HasIndex(u => u.Email).IsUnique();
        b.Property(u => u.UserName).HasMaxLength(256);
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.Group).HasMaxLength(50);
        b.Property(u => u.SecurityStamp).HasMaxLength(64);
        b.Property(u => u.PasswordHash).HasMaxLength(500);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("umbracoApiClient");
        b.HasKey(c => c.Id);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.Property(c => c.ClientId).HasMaxLength(200);
        b.Property(c => c.Group).HasMaxLength(50);
        b.Property(c => c.SecretHash).HasMaxLength(500);
    }
}
