using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Host.Persistence;

public abstract partial class OrchestratorDbContext
{
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<WaterCompany> Companies => Set<WaterCompany>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<MeteringPoint> MeteringPoints => Set<MeteringPoint>();
    public DbSet<TieredTariff> Tariffs => Set<TieredTariff>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Deposit> Deposits => Set<Deposit>();
    public DbSet<AccountCredit> Credits => Set<AccountCredit>();
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();
    public DbSet<RequestTimelineEntry> RequestTimeline => Set<RequestTimelineEntry>();
    public DbSet<HolidayTable> HolidayTables => Set<HolidayTable>();
    public DbSet<Requests.RequestNumberCounter> RequestNumberCounters => Set<Requests.RequestNumberCounter>();
}
