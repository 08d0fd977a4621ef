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
    public void Reads_in_the_readers_language(string stored, string culture, string shown) =>
        Assert.Equal(shown, RequestTimelineText.Of(stored, new CultureInfo(culture)));
}
