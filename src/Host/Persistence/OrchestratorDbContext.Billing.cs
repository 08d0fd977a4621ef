using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence;

/// <summary>The billing cycle's tables: reading books, readings, bill runs, and the ledger's corrections, receipts and closes.</summary>
public abstract partial class OrchestratorDbContext
{
    public DbSet<ReadingBook> ReadingBooks => Set<ReadingBook>();
    public DbSet<ReadingBookMeter> ReadingBookMeters => Set<ReadingBookMeter>();
    public DbSet<MeterReading> MeterReadings => Set<MeterReading>();
    public DbSet<BillingSettings> BillingSettings => Set<BillingSettings>();
    public DbSet<BillRun> BillRuns => Set<BillRun>();
    public DbSet<BillRunItem> BillRunItems => Set<BillRunItem>();
    public DbSet<PaymentReversal> PaymentReversals => Set<PaymentReversal>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<ReceiptRegister> ReceiptRegisters => Set<ReceiptRegister>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<CashClose> CashCloses => Set<CashClose>();
}
