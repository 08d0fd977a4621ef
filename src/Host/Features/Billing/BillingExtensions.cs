using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Features.Cash;
using Orchestrator.Host.Features.Readings;

namespace Orchestrator.Host.Features.Billing;

public static class BillingExtensions
{
    /// <summary>The billing cycle: reading books and readings, bill runs, and the ledger's corrections, receipts and closes.</summary>
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<OpenReadingBook>();
        services.AddScoped<PlaceMeterOnBook>();
        services.AddScoped<ReadingBooksQuery>();
        services.AddScoped<ReadingListQuery>();
        services.AddScoped<EnterReadings>();
        services.AddScoped<ImportReadings>();
        services.AddScoped<ReviewListQuery>();
        services.AddScoped<AcceptReading>();
        services.AddScoped<RejectReading>();
        services.AddScoped<CorrectReading>();
        services.AddScoped<BillRunBatches>();
        services.AddScoped<RunBills>();
        services.AddScoped<ReleaseBillRun>();
        services.AddScoped<ReverseBillRun>();
        services.AddScoped<BillRunsQuery>();
        services.AddScoped<AccountBillsQuery>();
        services.AddScoped<AccountPaymentsQuery>();
        services.AddScoped<AccountHouseholds>();
        services.AddScoped<ReversePayment>();
        services.AddScoped<RefundMoney>();
        services.AddScoped<IssueReceipt>();
        services.AddScoped<ReceiptActions>();
        services.AddScoped<CloseCash>();
        services.AddScoped<CashDepositsQuery>();
        return builder;
    }

    public static RouteGroupBuilder MapBillingEndpoints(this RouteGroupBuilder api) => api
        .MapReadingEndpoints()
        .MapBillRunEndpoints()
        .MapAccountBillingEndpoints()
        .MapCashEndpoints();
}
