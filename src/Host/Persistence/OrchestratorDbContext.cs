using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Identity;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Persistence;

/// <summary>The one DbContext: identity, the water-utility domain and the workflow engine's state.</summary>
public abstract partial class OrchestratorDbContext(DbContextOptions options, ICompanyScope companyScope)
    : IdentityDbContext<ApplicationUser>(options)
{
    /// <summary>Null means unrestricted (background jobs, seeding); otherwise the signed-in user's company.</summary>
    internal Guid? ScopedCompanyId => companyScope.CompanyId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Values the domain computes or keeps inside JSON columns, never tables of their own.
        builder.Ignore<Domain.Ledger.PaymentResult>();
        builder.Ignore<Domain.Ledger.BillAllocation>();
        builder.Ignore<Domain.Requests.DocumentCheck>();
        builder.Ignore<Domain.Tariffs.TariffTier>();
        builder.Ignore<Domain.Tariffs.TariffSurcharge>();
        builder.Ignore<Domain.Billing.BillLine>();
        builder.Ignore<Domain.Billing.BillComputation>();
        builder.Ignore<Domain.Ledger.ReceiptPrint>();
        builder.Ignore<Domain.Ledger.CashCloseLine>();
        builder.Ignore<Domain.Metering.ReadingSettings>();
        builder.Ignore<Domain.Relief.ReliefPolicy>();
        builder.ApplyConfigurationsFromAssembly(typeof(OrchestratorDbContext).Assembly, IsSharedConfiguration);
        builder.ApplyWorkflowEngineModel();
        builder.ApplyDesignerModel();
        ApplyCompanyScope(builder);
        ConfigureConcurrencyTokens(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Domain.Customers.AccountNumber>().HaveConversion<AccountNumberConverter>().HaveMaxLength(10);
    }

    /// <summary>How the provider stores the shadow <see cref="VersionedEntities.VersionProperty"/> token.</summary>
    protected abstract void ConfigureConcurrencyTokens(ModelBuilder builder);

    private static bool IsSharedConfiguration(Type type) => type.Namespace == typeof(OrchestratorDbContext).Namespace + ".Configurations";
}
