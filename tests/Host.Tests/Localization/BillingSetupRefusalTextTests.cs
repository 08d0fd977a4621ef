using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Tests.Localization;

/// <summary>
/// The refusals of tariff setup, billing settings, reading books and batches and receipts, as thrown by the domain,
/// read as whole sentences in Chinese and in English, naming their values; none falls back to "操作未完成：&lt;English&gt;".
/// </summary>
public sealed class BillingSetupRefusalTextTests : IDisposable
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
        { "tier-count", "阶梯水价至少要有 3 级，这一个只有 2 级", "A tiered tariff needs at least 3 tiers; this one has 2." },
        { "tier-price", "每一级的单价都必须大于零", "Every tier needs a price above zero." },
        { "open-ended", "只有最后一级不设上限，而且最后一级必须不设上限", "Only the last tier may be open-ended, and it must be." },
        { "tier-limit", "第 2 级的上限为 180 m³：每一级的上限都必须高于前一级", "Tier 2 ends at 180 m³; each tier must end above the one before it." },
        { "tier-order", "第 3 级的单价必须高于第 2 级", "Tier 3 must cost more than tier 2." },
        { "national-ratio", "各级单价 5 : 6 : 10 的比价为 1 : 1.2 : 2，国家规定至少为 1 : 1.5 : 3。请提高上面几级的单价，或依据当地价格主管部门批准的比价设置",
            "Tier prices 5 : 6 : 10 are in the ratio 1 : 1.2 : 2; the national rule is at least 1 : 1.5 : 3. Raise the upper tiers, or cite the local price approval that allows this ratio." },
        { "residential-flat", "居民用水按至少 3 级的阶梯计价，不能只设一个单价", "Residential water is billed on a ladder of at least 3 tiers, not one price." },
        { "flat-price", "每立方米单价必须大于零", "The price per m³ must be above zero." },
        { "surcharge", "每项附加费都要有代码、名称和大于零的每立方米单价", "Every surcharge needs a code, a name and a price per m³ above zero." },
        { "surcharge-code", "同一水价的两项附加费不能使用相同的代码", "Two surcharges of a tariff cannot share a code." },
        { "review-factor", "复核倍数应在 1.5 到 20 之间，现为 1.2", "The review factor is between 1.5 and 20; got 1.2." },
        { "readings-averaged", "平均用量按 1 到 12 次读数计算，现为 13", "Average over 1 to 12 readings; got 13." },
        { "cycle", "抄表周期只能是 1、2、3、4、6 或 12 个月，现为 5", "A reading cycle is 1, 2, 3, 4, 6 or 12 months; got 5." },
        { "base-household", "基准户人口为 1 到 10 人，现为 0", "The base household size is 1 to 10 people; got 0." },
        { "route-position", "抄表顺序号从 1 开始，现为 0", "A route position starts at 1; got 0." },
        { "meter-count", "表数不能为负数，现为 -1", "The meter count cannot be negative; got -1." },
        { "foreign-receipt", "其他公司的缴费不能使用本公司 SF 收据本的号码", "A payment of another company cannot take a receipt of the SF register." },
        { "idempotency", "银行缴费“K-1”已按 50 元入账，又一次通知为 60 元。未入账，请向渠道核实金额",
            "Bank payment 'K-1' was already received for 50 yuan; a second notice says 60 yuan. Nothing was booked; ask the channel to confirm the amount." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_setup_refusal_reads_as_a_sentence_in_chinese_and_in_english(string refusal, string chinese, string english)
    {
        var thrown = Assert.ThrowsAny<DomainException>(Throwers[refusal]);

        Assert.Equal(chinese, In("zh-CN", thrown));
        Assert.Equal(english, In("en", thrown));
    }

    private static readonly Dictionary<string, Action> Throwers = new()
    {
        ["tier-count"] = () => Ladder(new(180, 5m), new(null, 7.5m)),
        ["tier-price"] = () => Ladder(new(180, 0m), new(260, 7.5m), new(null, 15m)),
        ["open-ended"] = () => Ladder(new(180, 5m), new(null, 7.5m), new(300, 15m)),
        ["tier-limit"] = () => Ladder(new(180, 5m), new(180, 7.5m), new(null, 15m)),
        ["tier-order"] = () => Ladder(new(180, 5m), new(260, 7.5m), new(null, 7.5m)),
        ["national-ratio"] = () => Ladder(new(180, 5m), new(260, 6m), new(null, 10m)),
        ["residential-flat"] = () => TieredTariff.CreateFlat(Company, "居民", WaterNature.Residential, 5m),
        ["flat-price"] = () => TieredTariff.CreateFlat(Company, "非居民", WaterNature.NonResidential, 0m),
        ["surcharge"] = () => TieredTariff.CreateFlat(Company, "非居民", WaterNature.NonResidential, 6m, [new TariffSurcharge("", "污水处理费", 1m)]),
        ["surcharge-code"] = () => TieredTariff.CreateFlat(Company, "非居民", WaterNature.NonResidential, 6m,
            [new TariffSurcharge("sewage", "污水处理费", 1m), new TariffSurcharge("sewage", "污水处理费", 1.2m)]),
        ["review-factor"] = () => BillingSettings.DefaultFor(Company).ChangeReview(1.2m, 3),
        ["readings-averaged"] = () => BillingSettings.DefaultFor(Company).ChangeReview(3m, 13),
        ["cycle"] = () => BillingSettings.DefaultFor(Company).ChangeCycles(5, 2),
        ["base-household"] = () => BillingSettings.DefaultFor(Company).ChangeHouseholdRule(0, 30m),
        ["route-position"] = () => Book().Place(Meter(Company), 0),
        ["meter-count"] = () => ReadingBatch.Open(Company, new DateOnly(2026, 9, 1), MeterRole.Household, -1, DateTimeOffset.UtcNow),
        ["foreign-receipt"] = () => ReceiptRegister.Open(Company, "sf").Issue(
            Payment.Receive(Guid.NewGuid(), Guid.NewGuid(), PaymentChannel.Counter, "K-1", 10m, DateTimeOffset.UtcNow), "cashier", DateTimeOffset.UtcNow),
        ["idempotency"] = PayTwice,
    };

    private static void PayTwice()
    {
        var account = Account.Open(Company, Guid.NewGuid(), AccountNumber.FromSerial(4711), "测试路 1 号", WaterNature.Residential, new DateOnly(2025, 1, 1));
        var ledger = new AccountLedger(account, [], [], [], AccountCredit.Open(Company, account.Id));
        ledger.ApplyPayment(Payment.Receive(Company, account.Id, PaymentChannel.Bank, "K-1", 50m, DateTimeOffset.UtcNow));
        ledger.ApplyPayment(Payment.Receive(Company, account.Id, PaymentChannel.Bank, "K-1", 60m, DateTimeOffset.UtcNow));
    }

    private static TieredTariff Ladder(params TariffTier[] tiers) => TieredTariff.Create(Company, "居民阶梯", WaterNature.Residential, tiers);

    private static ReadingBook Book() => ReadingBook.Open(Company, "B-1", "城东一册", "城东区", MeterRole.Household,
        BillingSettings.DefaultFor(Company).Reading, new ReadingPeriod(2026, 9));

    private static MeteringPoint Meter(Guid company) =>
        MeteringPoint.Install(company, Guid.NewGuid(), "M-1", 20, MeterKind.Mechanical, MeterRole.Household, "城东区人民路1号");

    private string In(string culture, DomainException refusal)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return services.GetRequiredService<IStringLocalizer<SharedResource>>().Refusal(refusal);
    }
}
