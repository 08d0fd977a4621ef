using Orchestrator.Designer.Drafts;

// In EF Core's namespace, as provider model extensions are, so the Host's OnModelCreating needs no using.
namespace Microsoft.EntityFrameworkCore;

/// <summary>
/// Maps the designer's drafts into the Host's DbContext: call <c>builder.ApplyDesignerModel()</c> in
/// <c>OnModelCreating</c> before the company scope is applied, so drafts are filtered by company.
/// </summary>
public static class DesignerModel
{
    public static ModelBuilder ApplyDesignerModel(this ModelBuilder model)
    {
        model.Entity<FlowDraft>(e =>
        {
            e.ToTable("designer_drafts");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedNever();
            e.Property(d => d.ProcessKey).HasMaxLength(200);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Author).HasMaxLength(256);
            e.Property(d => d.LastEditedBy).HasMaxLength(256);
            e.Property(d => d.Reviewer).HasMaxLength(256);
            e.Property(d => d.PublishedBy).HasMaxLength(256);
            e.Property(d => d.Note).HasMaxLength(2000);
            e.Property(d => d.ReviewComment).HasMaxLength(2000);
            // Application-managed on both providers: every lifecycle step increments it.
            e.Property(d => d.Revision).IsConcurrencyToken();
            e.HasIndex(d => new { d.CompanyId, d.ProcessKey, d.Status });
        });
        return model;
    }
}
