using System.Globalization;
using System.Resources;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Documents;

/// <summary>How the documents word amounts, dates and the business's names: always Chinese, since customers sign them.</summary>
public static class DocumentWording
{
    private static readonly ResourceManager Ui = new(typeof(SharedResource));
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateTimeOffset moment) => Date(ChinaTime.DateOf(moment));

    public static string RequestType(ServiceRequestType type) => Ui.GetString("RequestType_" + type, Chinese) ?? type.ToString();

    public static string WaterNatureName(WaterNature nature) => nature switch
    {
        WaterNature.Residential => "居民生活用水",
        WaterNature.NonResidential => "非居民用水",
        _ => "特种用水",
    };

    public static string DepositKindName(DepositKind kind) => kind switch
    {
        DepositKind.LargeVolumeWater3Months => "大用量用户水费押金（3个月水费）",
        DepositKind.HouseholdRetrofit30Days => "一户一表预交水费押金（30天水费）",
        _ => "开发商过户水费押金（3个缴费周期）",
    };

    public static string DepositStatusName(DepositStatus status) => status switch
    {
        DepositStatus.Held => "押存中",
        DepositStatus.RefundDue => "待退还",
        _ => "已退还",
    };

    /// <summary>"第一阶梯（年用水量 180 m³ 以内）3.45 元/m³；……", or the single price of a flat tariff.</summary>
    public static string Tariff(TieredTariff tariff)
    {
        if (tariff.Tiers.Count == 1) return $"{tariff.Name}：{Price(tariff.Tiers[0].PricePerM3)}";
        string[] ordinals = ["一", "二", "三", "四", "五"];
        decimal? floor = null;
        var tiers = tariff.Tiers.Select((tier, i) =>
        {
            var range = tier.UpToM3PerYear is { } upTo ? $"年用水量 {upTo:0.##} m³ 以内" : $"年用水量 {floor:0.##} m³ 以上";
            floor = tier.UpToM3PerYear;
            return $"第{(i < ordinals.Length ? ordinals[i] : (i + 1).ToString(CultureInfo.InvariantCulture))}阶梯（{range}）{Price(tier.PricePerM3)}";
        });
        return $"{tariff.Name}：{string.Join("；", tiers)}";
    }

    private static string Price(decimal perM3) => perM3.ToString("0.00", CultureInfo.InvariantCulture) + " 元/m³";
}
