using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Persistence.Configurations;

/// <summary>The users page reads a company's users a page at a time in user-name order: that range is this index.</summary>
internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user) => user.HasIndex(u => new { u.CompanyId, u.UserName });
}
