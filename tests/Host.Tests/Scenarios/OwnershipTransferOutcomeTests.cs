using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>过户 (seed 004): an unsigned supply agreement leaves the holder unchanged until it is signed or withdrawn.</summary>
public abstract class OwnershipTransferOutcomeTests(IScenarioHost host)
{
    [Fact]
    public async Task An_unsigned_agreement_keeps_the_holder_and_waits_until_the_customer_signs()
    {
        var (flow, account) = await ApprovedAsync();

        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", false));

        Assert.Equal(["AwaitSupplyAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(account.CustomerId, await OwnerOfAsync(account.AccountNumber));
        await flow.CompleteAsync("AwaitSupplyAgreement", ("agreementOutcome", "signed"));
        await flow.AssertStatusAsync(RequestStatus.Completed);
        Assert.NotEqual(account.CustomerId, await OwnerOfAsync(account.AccountNumber));
    }

    [Fact]
    public async Task A_withdrawn_transfer_is_cancelled_with_its_reason_and_the_holder_never_changes()
    {
        var (flow, account) = await ApprovedAsync();
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", false));

        await flow.CompleteAsync("AwaitSupplyAgreement", ("agreementOutcome", "withdrawn"), ("withdrawReason", "买卖合同解除"));

        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Equal(account.CustomerId, await OwnerOfAsync(account.AccountNumber));
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("买卖合同解除"));
        // No fee step ran, so the withdrawal's compensation finds nothing to put on a refund.
        Assert.Equal(0m, Convert.ToDecimal((await flow.InstanceAsync()).Variables.GetValueOrDefault("refundDue") ?? 0m));
        Assert.Empty(await flow.OpenTasksAsync());
    }

    private async Task<(FlowDriver, TestAccount)> ApprovedAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.OwnershipTransfer, ApplicantKind.Individual,
            RequestChannel.Counter, null, "过户", null, new NewApplicant(CustomerKind.Person, "新户主", TestAccounts.NextResidentId(), ["13700137000"]),
            account.AccountNumber, ["current-bill", "old-owner-id", "new-owner-id", "new-owner-property-certificate"]));
        await flow.CompleteAsync("DutyApproval", ("approved", true));
        return (flow, account);
    }

    private Task<Guid> OwnerOfAsync(string accountNumber)
    {
        var number = AccountNumber.Parse(accountNumber);
        return host.InScopeAsync(s =>
            s.GetRequiredService<OrchestratorDbContext>().Accounts.Where(a => a.Number == number).Select(a => a.CustomerId).SingleAsync());
    }
}

public sealed class OwnershipTransferOutcomeSqliteTests(SqliteScenarioHost host) : OwnershipTransferOutcomeTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OwnershipTransferOutcomePostgresTests(PostgresScenarioHost host) : OwnershipTransferOutcomeTests(host), IClassFixture<PostgresScenarioHost>;
