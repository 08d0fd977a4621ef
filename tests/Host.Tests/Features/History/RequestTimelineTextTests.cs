using System.Globalization;
using Orchestrator.Host.Features.History;

namespace Orchestrator.Host.Tests.Features.History;

/// <summary>The domain's fixed English status lines read in Chinese for a Chinese reader; business lines stay as written.</summary>
public sealed class RequestTimelineTextTests
{
    [Theory]
    [InlineData("Cancelled: 重复受理", "zh-CN", "已撤销：重复受理")]
    [InlineData("Rejected: 无市政管网", "zh-CN", "不予办理：无市政管网")]
    [InlineData("Work started.", "zh-CN", "开始办理。")]
    [InlineData("Cancelled: 重复受理", "en", "Cancelled: 重复受理")]
    [InlineData("柜台提交申请", "zh-CN", "柜台提交申请")]
    [InlineData("用户撤回：Cancelled: 不是开头", "zh-CN", "用户撤回：Cancelled: 不是开头")]
    [InlineData("系统管理员撤销申请（原因：重复受理）：未缴费用 700.00 元已核销，不再欠缴。", "zh-CN", "系统管理员撤销申请（原因：重复受理）：未缴费用 700.00 元已核销，不再欠缴。")]
    [InlineData("系统管理员撤销申请（原因：重复受理）：未缴费用 700.00 元已核销，不再欠缴。", "en",
        "系统管理员 cancelled the request (reason: 重复受理): the unpaid fee of 700.00 yuan is waived and no longer owed.")]
    [InlineData("用户撤回：押金 3000.00 元转营业所退还。", "en", "Withdrawn by the customer: the deposit of 3000.00 yuan goes back to the customer through the business office.")]
    [InlineData("用户撤回：已缴费用 18000.00 元转营业所退还。", "en", "Withdrawn by the customer: the fee of 18000.00 yuan paid goes back to the customer through the business office.")]
    [InlineData("王主管撤销申请（原因：错录）：已缴 100.00 元，请营业所办理退费。", "en", "王主管 cancelled the request (reason: 错录): 100.00 yuan was paid; the business office is to refund it.")]
    [InlineData("已退还押金 3000.00 元、费用 18000.00 元（银行转账）。", "en", "Paid back deposit 3000.00 yuan, fee 18000.00 yuan (bank transfer).")]
    [InlineData("柜台提交申请", "en", "柜台提交申请")]
    public void Reads_in_the_readers_language(string stored, string culture, string shown) =>
        Assert.Equal(shown, RequestTimelineText.Of(stored, new CultureInfo(culture)));
}
