using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Features.Notifications;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class CustomerCallConfiguration : IEntityTypeConfiguration<CustomerCall>
{
    public void Configure(EntityTypeBuilder<CustomerCall> call)
    {
        call.ToTable("customer_calls");
        call.Property(c => c.RequestNumber).HasMaxLength(32);
        call.Property(c => c.Template).HasMaxLength(100);
        call.Property(c => c.Reason).HasMaxLength(500);
        call.Property(c => c.CalledBy).HasMaxLength(256);
        // The service center's list: a company's open calls, oldest first.
        call.HasIndex(c => new { c.CompanyId, c.CalledAt, c.CreatedAt });
        // ... read a page at a time after (created, id): the open calls alone, in that order.
        call.HasIndex(c => new { c.CompanyId, c.CreatedAt, c.Id }).HasDatabaseName("IX_customer_calls_Open").HasFilter("\"CalledAt\" IS NULL");
    }
}
