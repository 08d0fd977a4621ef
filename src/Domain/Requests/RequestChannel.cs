namespace Orchestrator.Domain.Requests;

public enum RequestChannel
{
    Counter,
    Phone,
    OnlineHall,
    WeChat,
    Alipay,
    Hotline,
}
