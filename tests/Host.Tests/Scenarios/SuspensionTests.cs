using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>报停 then 恢复: the final reading stops billing, the first reading resumes it.</summary>
public abstract class SuspensionTests(IScenarioHost host)
{
    private static readonly string[] Documents = ["applicant-id", "current-bill"];

    [Fact]
    public async Task A_suspension_takes_the_final_reading_and_a_restoration_the_first()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 100);
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 112.5));

        await suspension.AssertStatusAsync(RequestStatus.Completed);
        Assert.Equal(12.5, (await suspension.InstanceAsync()).Variables["finalVolume"]);
        // The final bill: 12.5 m³ over the two months since the last reading, all in the first tier of the demo
        // Beijing ladder: 12.5 × 2.07 = 25.88, water resource 12.5 × 1.57 = 19.63, sewage 12.5 × 1.36 = 17.00 → 62.51
        Assert.Equal(62.51, (await suspension.InstanceAsync()).Variables["finalBill"]);
        var (status, meter) = await StateAsync(account);
        Assert.Equal(AccountStatus.Suspended, status);
        Assert.Equal((MeteringPointStatus.Suspended, 112.5m), (meter.Status, meter.LastReadingM3!.Value));

        // Restoration is refused while the final bill is unpaid: the arrears check reads the real bills.
        await host.InScopeAsync(s => s.GetRequiredService<PaymentRecorder>()
            .RecordAsync(new RecordPayment(account.AccountNumber, PaymentChannel.WeChat, "final-" + account.AccountNumber, 62.51m)));
        host.Clock.Set(new DateOnly(2026, 11, 2), new TimeOnly(9, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        await restoration.CompleteAsync("FirstReading", ("reading", 112.5));

        await restoration.AssertStatusAsync(RequestStatus.Completed);
        (status, meter) = await StateAsync(account);
        Assert.Equal(AccountStatus.Active, status);
        Assert.Equal((MeteringPointStatus.Active, new DateOnly(2026, 11, 2)), (meter.Status, meter.LastReadOn!.Value));
    }

    [Fact]
    public async Task A_restoration_reading_below_the_final_one_becomes_an_incident_and_changes_nothing()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50);
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);

        await restoration.CompleteAsync("FirstReading", ("reading", 40));

        Assert.Contains((await restoration.InstanceAsync()).Incidents, i => i.Message.Contains("must not be lower"));
        Assert.Equal(AccountStatus.Suspended, (await StateAsync(account)).Status);
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, Documents));

    private Task<(AccountStatus Status, MeteringPoint Meter)> StateAsync(TestAccount account) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var meter = await db.MeteringPoints.SingleAsync(m => m.MeterNumber == account.MeterNumber);
        var status = await db.Accounts.Where(a => a.Id == meter.AccountId).Select(a => a.Status).SingleAsync();
        return (status, meter);
    });
}

public sealed class SuspensionSqliteTests(SqliteScenarioHost host) : SuspensionTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class SuspensionPostgresTests(PostgresScenarioHost host) : SuspensionTests(host), IClassFixture<PostgresScenarioHost>;
