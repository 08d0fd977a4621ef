using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Relief;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Tests.Localization;

/// <summary>
/// The refusals of an account's households, relief and meter, of a customer's contact details and of a unit's districts,
/// as the domain throws them, read as sentences in Chinese and in English with their values.
/// </summary>
public sealed class AccountSetupRefusalTextTests : IDisposable
{
    private static readonly Guid Company = Guid.NewGuid();
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = before;
        services.Dispose();
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "households", "集体户的户数应在 2 到 10000 之间，现为 1", "A collective account serves between 2 and 10000 households; got 1." },
        { "population", "每户人口应在 1 到 50 人之间，现为 0", "A household has between 1 and 50 people; got 0." },
        { "relief-kind", "请选择低保或特困减免；要停止减免，请结束减免", "Choose low-income or extreme-hardship relief; to stop relief, end it." },
        { "share-not-collective", "户号 0000047118 不是集体户，没有低保户占比", "Account 0000047118 is not collective, so it has no low-income share." },
        { "share-range", "集体户 0000047118 的低保户占比须大于 0 且不超过 1，现为 1.5",
            "The low-income share of collective account 0000047118 must be more than 0 and at most 1; got 1.5." },
        { "caliber", "水表口径应在 8 到 1000 毫米之间，现为 5 毫米", "A meter caliber must be between 8 and 1000 mm; got 5 mm." },
        { "reading-date", "水表 M-1 上次抄表日期为 2026-09-05，新读数日期须晚于该日，不能为 2026-09-01",
            "Meter M-1 was last read on 2026-09-05; a new reading must be later than that, not 2026-09-01." },
        { "reading-lower", "水表 M-1 上次读数 120 立方米，本次 100 立方米更低。请核对读数，或登记换表、翻表",
            "Meter M-1 read 120 m³ last time; 100 m³ is lower. Check the reading, or record a meter change or a rollover." },
        { "email", "“zhang.example.com”不是电子邮件地址", "'zhang.example.com' is not an e-mail address." },
        { "phone", "“电话abc”不是电话号码：请只用数字，区号后可加“-”", "'电话abc' is not a phone number; use digits, with '-' after an area code if needed." },
        { "areas-not-office", "只有营业所负责片区；客服中心一组 是客服中心", "Only a business office serves areas; 客服中心一组 is a unit of kind 'Service center'." },
        { "areas-format", "片区是不超过 32 个字的区名，不能含逗号", "An area is a district name of at most 32 characters, without commas." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_account_or_unit_refusal_reads_as_a_sentence_in_chinese_and_in_english(string refusal, string chinese, string english)
    {
        var thrown = Assert.ThrowsAny<DomainException>(Throwers[refusal]);

        Assert.Equal(chinese, In("zh-CN", thrown));
        Assert.Equal(english, In("en", thrown));
    }

    private static readonly Dictionary<string, Action> Throwers = new()
    {
        ["households"] = () => Account().MarkCollective(1),
        ["population"] = () => Account().RecordHouseholdPopulation(0),
        ["relief-kind"] = () => Account().GrantRelief(ReliefKind.None, new DateOnly(2026, 9, 1)),
        ["share-not-collective"] = () => Account().GrantRelief(ReliefKind.LowIncome, new DateOnly(2026, 9, 1), 0.3m),
        ["share-range"] = () =>
        {
            var account = Account();
            account.MarkCollective(12);
            account.GrantRelief(ReliefKind.LowIncome, new DateOnly(2026, 9, 1), 1.5m);
        },
        ["caliber"] = () => MeteringPoint.Install(Company, Guid.NewGuid(), "M-1", 5, MeterKind.Mechanical, MeterRole.Household, "城东区人民路1号"),
        ["reading-date"] = () => Meter().RecordReading(130m, new DateOnly(2026, 9, 1)),
        ["reading-lower"] = () => Meter().RecordReading(100m, new DateOnly(2026, 10, 5)),
        ["email"] = () => Customer().ChangeEmail("zhang.example.com"),
        ["phone"] = () => PhoneNumber.Normalize("电话abc"),
        ["areas-not-office"] = () => Unit.Create(Company, "sc-1", "客服中心一组", UnitKind.ServiceCenter).Serve(["城东区"]),
        ["areas-format"] = () => Unit.Create(Company, "bo-1", "城东营业所", UnitKind.BusinessOffice).Serve(["城东区,城西区"]),
    };

    private static Account Account() =>
        Orchestrator.Domain.Customers.Account.Open(Company, Guid.NewGuid(), AccountNumber.FromSerial(4711), "测试路 1 号", WaterNature.Residential, new DateOnly(2025, 1, 1));

    private static MeteringPoint Meter()
    {
        var meter = MeteringPoint.Install(Company, Guid.NewGuid(), "M-1", 20, MeterKind.Mechanical, MeterRole.Household, "城东区人民路1号");
        meter.RecordReading(120m, new DateOnly(2026, 9, 5));
        return meter;
    }

    private static Customer Customer() => Orchestrator.Domain.Customers.Customer.Register(Company, CustomerKind.Person, "张三", "11010519491231002X", ["13800138000"]);

    private string In(string culture, DomainException refusal)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return services.GetRequiredService<IStringLocalizer<SharedResource>>().Refusal(refusal);
    }
}
