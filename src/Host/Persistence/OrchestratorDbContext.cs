using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Identity;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// The one DbContext: identity, the water-utility domain and the workflow engine's state. Instances are pooled
/// (<see cref="PersistenceExtensions.AddOrchestratorDbContext"/>); each DI scope's context is handed the scope's
/// <see cref="CompanyScope"/> when it is taken from the pool.
/// </summary>
public abstract partial class OrchestratorDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    /// <summary>Whose data this context's queries see; until it is set, nobody's.</summary>
    public ICompanyScope CompanyScope { get; set; } = NoCompany.Instance;

    /// <summary>Null means unrestricted (background jobs, seeding); otherwise the signed-in user's company.</summary>
    internal Guid? ScopedCompanyId => CompanyScope.CompanyId;

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

/// <summary>The scope of a context no one has scoped yet: it sees no company's rows.</summary>
internal sealed class NoCompany : ICompanyScope
{
    public static readonly NoCompany Instance = new();

    public Guid? CompanyId => Guid.Empty;
}
