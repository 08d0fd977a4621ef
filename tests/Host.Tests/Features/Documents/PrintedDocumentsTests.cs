using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Documents;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Xunit.Abstractions;

namespace Orchestrator.Host.Tests.Features.Documents;

/// <summary>
/// The five printed documents of a 新装接水 request with a water deposit, fetched over the API as the demo's
/// people: real PDFs whose text (read back with PdfPig) is Chinese and names the company and the request's facts.
/// </summary>
public abstract class PrintedDocumentsTests(IScenarioHost host, ITestOutputHelper output)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Each_document_is_a_Chinese_PDF_with_the_company_and_the_request_facts_once_it_applies()
    {
        var flow = await NewConnectionAsync();
        var clerk = await people.ClientAsync("clerk");
        var company = await CompanyNameAsync();

        var receipt = await TextAsync(clerk, flow, "receipt");
        Assert.Contains(company, receipt);
        Assert.All(new[] { "受理回执", flow.Request.Number, "新装接水", "新用户", "新区大道8号", "测试受理员", "2026年9月14日", "客服热线" },
            fact => Assert.Contains(fact, receipt));
        Assert.Contains(MissingDocumentName(), receipt);

        var tooEarly = await clerk.GetAsync(DocumentKinds.Url(flow.Request.Id, DocumentKind.PaymentNotice));
        Assert.Equal(HttpStatusCode.NotFound, tooEarly.StatusCode);
        Assert.Contains("费用账单", await TitleAsync(tooEarly));

        await flow.CompleteAsync("SupplementDocuments", ("documentsComplete", true));
        await RunToFeeAsync(flow);
        var account = (await flow.DetailsAsync()).AccountNumber!;

        var notice = await TextAsync(clerk, flow, "payment-notice");
        Assert.All(new[] { company, "缴费通知单", flow.Request.Number, account, "工程款", "20,000.00元", "水费押金", "3,000.00元", "23,000.00元", "微信" },
            fact => Assert.Contains(fact, notice));

        await flow.PayAsync(new PaymentCallback(PaymentChannel.WeChat, "WX-" + flow.Request.Number, account, 23_000, flow.Request.Number));
        var construction = await TextAsync(clerk, flow, "construction-agreement");
        Assert.All(new[] { company, "施工协议", "甲方", "乙方", "新用户", "DN50", "20,000.00元", "30日内完工", "2026年10月14日前", "甲方（盖章）" },
            fact => Assert.Contains(fact, construction));

        await RunFromAgreementAsync(flow);
        var supply = await TextAsync(clerk, flow, "supply-agreement");
        var nature = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Accounts
            .Where(a => a.Number == AccountNumber.Parse(account)).Select(a => a.WaterNature).SingleAsync());
        Assert.All(new[] { company, "供用水协议", account, "新用户", DocumentWording.WaterNatureName(nature), "元/m³", "用水人（签字）" },
            fact => Assert.Contains(fact, supply));

        var refund = await TextAsync(clerk, flow, "refund-notice");
        Assert.All(new[] { company, "押金退还通知", account, "3,000.00元", DocumentWording.DepositKindName(DepositKind.LargeVolumeWater3Months), "营业厅" },
            fact => Assert.Contains(fact, refund));
    }

    [Fact]
    public async Task Another_company_gets_404_staff_of_the_company_may_read_and_an_unknown_kind_is_404_naming_the_kinds()
    {
        var flow = await NewConnectionAsync();
        var url = DocumentKinds.Url(flow.Request.Id, DocumentKind.Receipt);

        foreach (var stranger in AccessMatrixHarness.OtherCompanyUsers)
            Assert.Equal(HttpStatusCode.NotFound, (await (await people.ClientAsync(stranger)).GetAsync(url)).StatusCode);
        foreach (var colleague in new[] { "clerk", "build", "design", "leader", "integration" })
            Assert.Equal("application/pdf", (await (await people.ClientAsync(colleague)).GetAsync(url)).Content.Headers.ContentType?.MediaType);

        var unknown = await (await people.ClientAsync("clerk")).GetAsync($"/api/requests/{flow.Request.Id}/documents/invoice");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("payment-notice", await TitleAsync(unknown));
        Assert.Equal(HttpStatusCode.NotFound, (await (await people.ClientAsync("clerk")).GetAsync(DocumentKinds.Url(Guid.NewGuid(), DocumentKind.Receipt))).StatusCode);
    }

    [Fact]
    public async Task A_reprint_of_an_unchanged_document_returns_the_archived_bytes_and_changed_facts_make_a_new_version()
    {
        var flow = await NewConnectionAsync();
        var clerk = await people.ClientAsync("clerk");
        var office = await people.ClientAsync("office");
        await flow.CompleteAsync("SupplementDocuments", ("documentsComplete", true));
        await RunToFeeAsync(flow);

        var first = await BytesAsync(clerk, flow, "payment-notice");
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 40)); // later, still within the clerk's token
        var again = await BytesAsync(office, flow, "payment-notice");
        Assert.Equal(first, again);

        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, 23_000, flow.Request.Number));
        var paid = await BytesAsync(clerk, flow, "payment-notice");
        Assert.NotEqual(first, paid);
        Assert.Equal(paid, await BytesAsync(clerk, flow, "payment-notice"));

        var archive = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<ArchivedDocument>()
            .Where(d => d.RequestId == flow.Request.Id && d.Kind == "payment-notice").OrderBy(d => d.Version).ToListAsync());
        Assert.Equal([1, 2], archive.Select(d => d.Version));
        Assert.Equal(first, archive[0].Pdf);
        Assert.Equal(paid, archive[1].Pdf);
        Assert.Contains("尚需缴纳：0.00元", Squeeze(Text(paid)));
    }

    private async Task<FlowDriver> NewConnectionAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        return await FlowDriver.SubmitAsync(host, new SubmitRequest(
            ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter, "新区大道8号", "新建住宅接水",
            null, new NewApplicant(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]), null,
            ["id-or-household-register", "property-certificate"]));
    }

    private static string MissingDocumentName() =>
        RequiredDocuments.For(ServiceRequestType.NewConnection, ApplicantKind.Individual).Single(d => d.Code == "plan-location-map").NameZh;

    private static async Task RunToFeeAsync(FlowDriver flow)
    {
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN50 接入市政管网"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", 20_000), ("depositAmount", 3_000));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
    }

    private static async Task RunFromAgreementAsync(FlowDriver flow)
    {
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("ConstructionOrder", ("plannedDays", 10));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-01"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 20_000));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));
        await flow.CompleteAsync("MeterCard", ("meterNumber", "M" + flow.Request.Number), ("caliberMm", 50), ("initialReading", 0));
    }

    private Task<string> CompanyNameAsync() => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Companies.Where(c => c.Id == host.CompanyId).Select(c => c.Name).SingleAsync());

    private static async Task<byte[]> BytesAsync(HttpClient client, FlowDriver flow, string kind)
    {
        var response = await client.GetAsync($"/api/requests/{flow.Request.Id}/documents/{kind}");
        Assert.True(response.IsSuccessStatusCode, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        return bytes;
    }

    /// <summary>The first page's text without white space (PDF text has no reliable spaces), after writing it to the test output.</summary>
    private async Task<string> TextAsync(HttpClient client, FlowDriver flow, string kind)
    {
        var text = Text(await BytesAsync(client, flow, kind));
        output.WriteLine($"===== {kind} =====\n{text}");
        return Squeeze(text);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 1);
        return ContentOrderTextExtractor.GetText(document.GetPage(1));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}

public sealed class PrintedDocumentsSqliteTests(SqliteScenarioHost host, ITestOutputHelper output)
    : PrintedDocumentsTests(host, output), IClassFixture<SqliteScenarioHost>;

public sealed class PrintedDocumentsPostgresTests(PostgresScenarioHost host, ITestOutputHelper output)
    : PrintedDocumentsTests(host, output), IClassFixture<PostgresScenarioHost>;
