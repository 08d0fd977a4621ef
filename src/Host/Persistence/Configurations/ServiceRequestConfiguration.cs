using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> request)
    {
        request.ToTable("service_requests");
        request.Property(r => r.Number).HasMaxLength(32);
        request.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        request.Property(r => r.ApplicantKind).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.Address).HasMaxLength(300);
        request.Property(r => r.Details).HasMaxLength(4000);
        request.Ignore(r => r.IsOpen);
        request.Ignore(r => r.Documents);
        request.JsonList<ServiceRequest, DocumentCheck>("documents", "Documents");
        request.HasIndex(r => new { r.CompanyId, r.Number }).IsUnique();
        // Payments and flow messages find a request by its number alone, so numbers are unique across the group.
        request.HasIndex(r => r.Number).IsUnique().HasDatabaseName("IX_service_requests_Number_group");
        request.HasIndex(r => new { r.CompanyId, r.Status, r.CreatedAt });
        request.HasIndex(r => r.CustomerId);
        request.HasIndex(r => r.AccountId); // customer 360: the requests of the customer's accounts
        request.HasIndex(r => r.ProcessInstanceId);
    }
}
