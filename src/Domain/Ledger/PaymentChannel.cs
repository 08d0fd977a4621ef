namespace Orchestrator.Domain.Ledger;

public enum PaymentChannel
{
    Counter,
    Bank,
    WeChat,
    Alipay,

    /// <summary>代收: collected by a partner on the utility's behalf.</summary>
    Collection,

    /// <summary>代扣: withheld from the customer's bank account.</summary>
    Withholding,
}
