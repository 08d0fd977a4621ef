using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Requests;

internal static class ChannelNames
{
    public static string Of(RequestChannel channel) => channel switch
    {
        RequestChannel.Counter => "营业厅",
        RequestChannel.Phone => "电话",
        RequestChannel.OnlineHall => "网上营业厅",
        RequestChannel.WeChat => "微信",
        RequestChannel.Alipay => "支付宝",
        RequestChannel.Hotline => "热线",
        _ => channel.ToString(),
    };
}
