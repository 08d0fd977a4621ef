using System.Globalization;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class StepFactsTests
{
    private static readonly Guid AccountId = Guid.NewGuid();

    private static RequestFacts Request() => new(
        Guid.NewGuid(), "XZ2026112900001", ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestStatus.InProgress,
        RequestChannel.Counter, "城东新村8号楼", "", new DateTimeOffset(2026, 11, 29, 1, 30, 0, TimeSpan.Zero), null, Guid.NewGuid(), AccountId, []);

    private static CustomerSummary Customer(decimal arrears) => new(Guid.NewGuid(), "张三", CustomerKind.Person, "110101199001011234", ["13900139000"],
        [new AccountSummary(AccountId, "0001000044", "城东区人民路1号", AccountStatus.Active, arrears, arrears, 0, 0,
            [new MeterSummary("M-1001", 20, MeterKind.Mechanical, MeteringPointStatus.Active, 117.5m, new DateOnly(2026, 11, 1))])]);

    private static Dictionary<string, string> Facts(IReadOnlyDictionary<string, object?> variables, string culture = "zh-CN", decimal arrears = 0) =>
        StepFacts.Of(Request(), Customer(arrears), variables, CultureInfo.GetCultureInfo(culture)).ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void Amounts_read_in_yuan_and_the_raw_variables_stay_out()
    {
        var facts = Facts(new Dictionary<string, object?>
        {
            ["requestType"] = "NewConnection", ["outcome"] = "clear", ["permitsNeeded"] = false,
            ["amount"] = 128500L, ["depositAmount"] = 3000.5, ["feeDue"] = "128500",
        });

        Assert.Equal("128,500.00 元", facts["Fact_amount"]);
        Assert.Equal("3,000.50 元", facts["Fact_depositAmount"]);
        Assert.Equal("128,500.00 元", facts["Fact_feeDue"]);
        Assert.Equal("0001000044 · 城东区人民路1号", facts["Fact_Account"]);
        Assert.Equal("2026-11-29 09:30", facts["Fact_ReceivedAt"]);
        Assert.DoesNotContain(facts.Values, v => v.Contains("NewConnection") || v.Contains("clear") || v == "False");
        Assert.Equal("M-1001：117.5 m³（2026-11-01）", facts["Fact_LastReading"]);
        Assert.Equal(["Fact_ReceivedAt", "Fact_Account", "Fact_LastReading", "Fact_CustomerArrears", "Fact_amount", "Fact_depositAmount", "Fact_feeDue"], facts.Keys);
    }

    [Fact]
    public void Arrears_and_missing_documents_are_marked_as_warnings()
    {
        var facts = StepFacts.Of(Request(), Customer(arrears: 245.6m),
            new Dictionary<string, object?> { ["missingDocuments"] = new List<object?> { "计划定点图", "房产证复印件" } }, CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Contains(facts, f => f is { Key: "Fact_CustomerArrears", Value: "245.60 元", Warning: true });
        Assert.Contains(facts, f => f is { Key: "Fact_missingDocuments", Value: "计划定点图、房产证复印件", Warning: true });
    }

    [Fact]
    public void A_customer_with_nothing_owed_is_no_warning_and_english_reads_yuan()
    {
        var facts = StepFacts.Of(Request(), Customer(arrears: 0), new Dictionary<string, object?> { ["finalAmount"] = 86000L }, CultureInfo.GetCultureInfo("en"));

        Assert.Contains(facts, f => f is { Key: "Fact_CustomerArrears", Value: "0.00 yuan", Warning: false });
        Assert.Contains(facts, f => f is { Key: "Fact_finalAmount", Value: "86,000.00 yuan" });
    }
}
