using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Waiting;

/// <summary>
/// 待客户办理: a request waiting for its customer (payment, documents, arrears) shows what for, since when and who
/// follows up, in the service center's list (paged, company-scoped) and on customer 360; once the customer acts it leaves.
/// </summary>
public abstract class WaitingForCustomerTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task A_connection_waiting_for_its_fee_is_listed_since_the_leader_approved_and_leaves_once_paid()
    {
        var flow = await ConnectionAwaitingPaymentAsync();
        var approvedAt = host.Clock.GetUtcNow();
        var clerk = await people.ClientAsync("clerk");

        var wait = await ListedAsync(clerk, flow.Request.Number);

        Assert.Equal("Payment", wait.GetProperty("kind").GetString());
        Assert.Equal(approvedAt, wait.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, wait.GetProperty("followedUpBy").ValueKind);
        var customerId = (await flow.DetailsAsync()).CustomerId!.Value;
        var view = await people.AsPageAsync("clerk", (op, _) => op.Get<Customer360Query>().LoadAsync(customerId));
        Assert.Equal(CustomerWaitKind.Payment, Assert.Single(Assert.Single(view!.Requests).Waits!).Kind);
        Assert.Equal(CustomerWaitKind.Payment, Assert.Single((await flow.DetailsAsync()).WaitingFor!).Kind);

        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, 20_000m, flow.Request.Number));

        Assert.DoesNotContain(await AllAsync(clerk), w => w.GetProperty("requestNumber").GetString() == flow.Request.Number);
    }

    [Fact]
    public async Task Missing_documents_and_unsettled_arrears_are_waits_too_and_the_list_is_paged()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var documents = await FlowDriver.SubmitAsync(host, Connection(["property-certificate"]));
        var owing = await TestAccounts.CreateAsync(host, arrears: 80, district: "城东区");
        var arrears = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Suspension, ApplicantKind.Individual,
            RequestChannel.Counter, null, "", owing.CustomerId, null, owing.AccountNumber, ["applicant-id", "current-bill"]));
        var clerk = await people.ClientAsync("clerk");

        var first = await clerk.GetFromJsonAsync<JsonElement>("/api/waiting?pageSize=1");
        var all = await AllAsync(clerk);

        Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.True(all.Count >= 2);
        Assert.Equal(JsonValueKind.String, first.GetProperty("next").ValueKind);
        Assert.Equal("Documents", all.Single(w => w.GetProperty("requestNumber").GetString() == documents.Request.Number).GetProperty("kind").GetString());
        Assert.Equal("Arrears", all.Single(w => w.GetProperty("requestNumber").GetString() == arrears.Request.Number).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Another_company_sees_none_of_them_and_a_design_office_user_is_refused()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var documents = await FlowDriver.SubmitAsync(host, Connection(["property-certificate"]));

        var otherCompany = await AllAsync(await people.ClientAsync("dz-clerk"));
        var design = await (await people.ClientAsync("design")).GetAsync("/api/waiting");

        Assert.DoesNotContain(otherCompany, w => w.GetProperty("requestNumber").GetString() == documents.Request.Number);
        Assert.Equal(HttpStatusCode.Forbidden, design.StatusCode);
    }

    private async Task<FlowDriver> ConnectionAwaitingPaymentAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, Connection(["id-or-household-register", "property-certificate", "plan-location-map"]));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN25 接入"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", 20_000), ("depositAmount", 0));
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(14, 30));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        return flow;
    }

    private static SubmitRequest Connection(string[] documents) => new(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter,
        "新区大道12号", "新建住宅接水", null, new NewApplicant(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]), null, documents);

    private static async Task<JsonElement> ListedAsync(HttpClient client, string number) =>
        Assert.Single(await AllAsync(client), w => w.GetProperty("requestNumber").GetString() == number);

    private static async Task<List<JsonElement>> AllAsync(HttpClient client)
    {
        var all = new List<JsonElement>();
        for (var next = ""; ;)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/waiting?pageSize=100&after={next}");
            all.AddRange(body.GetProperty("items").EnumerateArray());
            if (body.GetProperty("next").GetString() is not { } token) return all;
            next = Uri.EscapeDataString(token);
        }
    }
}

public sealed class WaitingForCustomerSqliteTests(SqliteScenarioHost host) : WaitingForCustomerTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class WaitingForCustomerPostgresTests(PostgresScenarioHost host) : WaitingForCustomerTests(host), IClassFixture<PostgresScenarioHost>;
