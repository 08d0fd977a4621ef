using System.Globalization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Exceptions;

/// <summary>
/// The retry command the exceptions page calls: the duty manager and administrators of the same company only; another
/// role is refused, another company's incident is not found, a second retry of the same incident finds it gone.
/// </summary>
public abstract class RetryIncidentTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Wrong_roles_are_refused_another_company_finds_nothing_and_the_duty_manager_retries_once()
    {
        var (restoration, incidentId) = await RestorationStoppedAtAFailedStepAsync();
        var corrected = new Dictionary<string, object?> { ["reading"] = 61L };

        var clerk = await RetryAsAsync("clerk", incidentId, corrected);
        var office = await RetryAsAsync("office", incidentId, corrected);
        var otherCompany = await RetryAsAsync("dz-admin", incidentId, corrected);
        Assert.Equal((OutcomeKind.Forbidden, OutcomeKind.Forbidden, OutcomeKind.NotFound), (clerk.Kind, office.Kind, otherCompany.Kind));
        Assert.Equal(RequestQueries.IncidentStatus, (await restoration.DetailsAsync()).Status);

        var duty = await RetryAsAsync("duty", incidentId, corrected);
        var again = await RetryAsAsync("admin", incidentId, corrected);

        Assert.Equal(OutcomeKind.Done, duty.Kind);
        Assert.Equal(OutcomeKind.NotFound, again.Kind);
        await restoration.AssertStatusAsync(RequestStatus.Completed);
    }

    [Fact]
    public async Task A_retry_that_fails_again_says_why_in_the_callers_language_and_carries_the_new_incident()
    {
        var (restoration, incidentId) = await RestorationStoppedAtAFailedStepAsync();

        var outcome = await InCultureAsync("zh-CN", () => RetryAsAsync("duty", incidentId, null));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.StartsWith("重试仍失败：", outcome.Message);
        Assert.Contains("must not be lower", outcome.Message);
        Assert.Equal(restoration.Request.Number, Assert.IsType<OpenIncident>(outcome.Value).RequestNumber);
        Assert.Equal(RequestQueries.IncidentStatus, (await restoration.DetailsAsync()).Status);
    }

    private Task<CommandOutcome> RetryAsAsync(string user, Guid incidentId, IReadOnlyDictionary<string, object?>? corrected) =>
        people.AsPageAsync(user, (op, staff) => op.Get<RetryIncident>().RunAsync(staff, incidentId, corrected));

    private async Task<(FlowDriver Restoration, Guid IncidentId)> RestorationStoppedAtAFailedStepAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50, district: "城东区");
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        await restoration.CompleteAsync("FirstReading", ("reading", 40)); // below the final reading: restoring supply fails
        return (restoration, Assert.Single((await restoration.DetailsAsync()).Incidents!).IncidentId);
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, ["applicant-id", "current-bill"]));

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public sealed class RetryIncidentSqliteTests(SqliteScenarioHost host) : RetryIncidentTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RetryIncidentPostgresTests(PostgresScenarioHost host) : RetryIncidentTests(host), IClassFixture<PostgresScenarioHost>;
