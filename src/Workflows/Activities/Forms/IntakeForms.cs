using static Orchestrator.Workflows.Activities.Forms.Fields;

namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Forms of the service center's and managers' gate steps: documents, arrears, approvals, escalations.</summary>
internal static class IntakeForms
{
    public static readonly TaskForm SupplementDocuments = new("supplement-documents", "补齐申请资料", "Complete the documents",
    [
        Boolean("documentsComplete", "客户已补齐全部资料", "The customer has provided every document"),
        Note(),
    ]);

    public static readonly TaskForm SettleArrears = new("settle-arrears", "结清欠费", "Settle arrears",
    [
        Boolean("arrearsSettled", "客户已在营业厅结清欠费（否则不予办理）", "The customer settled the arrears (otherwise the request is refused)"),
        Note(),
    ]);

    public static readonly TaskForm CounterPayment = new("counter-payment", "柜台收费", "Counter payment",
    [
        Money("amount", "收款金额（元）", "Amount received (yuan)"),
        Text("receiptNumber", "收据号", "Receipt number"),
    ]);

    public static readonly TaskForm Approval = new("approval", "审批", "Approval",
    [
        Boolean("approved", "同意", "Approved"),
        Multiline("comment", "审批意见", "Comment", required: false),
    ]);

    public static readonly TaskForm Escalation = new("escalation", "超时督办", "Overdue step",
    [
        Multiline("escalationNote", "督办意见", "What was done about it"),
    ]);

    public static readonly TaskForm HandOffToDesign = new("hand-off-to-design", "录入资料并转设计室", "Enter the data and hand over to design",
    [
        Boolean("handedOff", "资料已录入并转设计室", "Data entered and handed to the design office"),
        Note(),
    ]);

    public static IReadOnlyList<TaskForm> All { get; } =
        [SupplementDocuments, SettleArrears, CounterPayment, Approval, Escalation, HandOffToDesign];
}
