using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Features.Documents;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ArchivedDocumentConfiguration : IEntityTypeConfiguration<ArchivedDocument>
{
    public void Configure(EntityTypeBuilder<ArchivedDocument> document)
    {
        document.ToTable("request_documents");
        document.Property(d => d.Kind).HasMaxLength(32);
        document.Property(d => d.ContentHash).HasMaxLength(64);
        document.Property(d => d.GeneratedBy).HasMaxLength(100);
        // One row per version: two clerks printing the first copy at once collide here and the loser reads the winner's.
        document.HasIndex(d => new { d.RequestId, d.Kind, d.Version }).IsUnique();
    }
}
