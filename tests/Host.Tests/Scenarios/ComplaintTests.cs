using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>投诉 (seed 003): solved on the spot, or transferred to the responsible department, followed up and answered.</summary>
public abstract class ComplaintTests(IScenarioHost host)
{
    [Fact]
    public async Task A_complaint_solved_on_the_spot_goes_straight_to_the_follow_up_call()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var flow = await SubmitAsync();

        await flow.CompleteAsync("TakeComplaint", ("solvedOnSpot", true), ("department", null), ("reply", "已解释抄表周期并致歉"));
        await flow.CompleteAsync("FollowUpCall", ("callOutcome", "satisfied"));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var timeline = (await flow.DetailsAsync()).Timeline.Select(e => e.Text).ToList();
        Assert.Contains(timeline, t => t.Contains("当场解决"));
        Assert.Contains(timeline, t => t.Contains("已解释抄表周期并致歉"));
    }

    [Fact]
    public async Task A_transferred_complaint_goes_to_the_chosen_department_and_is_answered_by_the_service_center()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var flow = await SubmitAsync();

        await flow.CompleteAsync("TakeComplaint", ("solvedOnSpot", false), ("department", "business-office"), ("reply", null));
        Assert.Equal(["business-office"], (await flow.TaskAsync("Resolve")).CandidateGroupList());
        await flow.CompleteAsync("Resolve", ("resolution", "重新核对读数，退还多收水费"), ("utilityAtFault", true));
        await flow.CompleteAsync("Reply", ("reply", "已退还多收水费 23 元"));
        await flow.CompleteAsync("FollowUpCall", ("callOutcome", "satisfied"));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var timeline = (await flow.DetailsAsync()).Timeline.Select(e => e.Text).ToList();
        Assert.Contains(timeline, t => t.Contains("转business-office处理") && t.Contains("属我方责任"));
        Assert.Contains(timeline, t => t.Contains("已退还多收水费 23 元"));
    }

    private async Task<FlowDriver> SubmitAsync()
    {
        var account = await TestAccounts.CreateAsync(host);
        return await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Hotline,
            null, "水费比上期高出一倍", account.CustomerId, null, account.AccountNumber));
    }
}

public sealed class ComplaintSqliteTests(SqliteScenarioHost host) : ComplaintTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ComplaintPostgresTests(PostgresScenarioHost host) : ComplaintTests(host), IClassFixture<PostgresScenarioHost>;
