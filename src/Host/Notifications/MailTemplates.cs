namespace Orchestrator.Host.Notifications;

/// <summary>The messages the utility sends, in zh-CN (default) and English.</summary>
public static class MailTemplates
{
    public const string ApplicationReceived = "application-received";
    public const string ArrearsBlock = "arrears-block";
    public const string FeeDue = "fee-due";
    public const string AppointmentBooked = "appointment-booked";
    public const string DepositRefund = "deposit-refund";
    public const string UnitDigest = "unit-digest";
    public const string ApprovalRequest = "approval-request";
    public const string SlaEscalation = "sla-escalation";
    public const string HolidayTableMissing = "holiday-table-missing";

    private static readonly MailTemplate[] All =
    [
        new(ApplicationReceived,
            "您的业务申请 {requestNumber} 已受理", "尊敬的{customerName}：\n您的{requestType}申请（编号 {requestNumber}）已于 {date} 受理，我们将按承诺时限办理。\n如有疑问请致电客服热线。",
            "Your application {requestNumber} has been received", "Dear {customerName},\nyour {requestType} application ({requestNumber}) was received on {date}. We will handle it within our service commitments."),
        new(ArrearsBlock,
            "业务 {requestNumber} 需先结清欠费", "尊敬的{customerName}：\n户号 {accountNumber} 尚有欠费 {arrears} 元，结清后方可继续办理 {requestNumber}。",
            "Please settle arrears to continue {requestNumber}", "Dear {customerName},\naccount {accountNumber} owes {arrears} yuan. Request {requestNumber} continues once it is settled."),
        new(FeeDue,
            "请缴纳业务 {requestNumber} 的费用", "尊敬的{customerName}：\n业务 {requestNumber} 应缴费用 {amount} 元，可在营业厅、银行、微信或支付宝缴纳。",
            "Fee due for {requestNumber}", "Dear {customerName},\nthe fee for {requestNumber} is {amount} yuan, payable at the counter, by bank, WeChat or Alipay."),
        new(AppointmentBooked,
            "上门服务预约成功", "尊敬的{customerName}：\n已为您预约 {appointmentAt} 上门服务（{requestNumber}），地址：{address}。",
            "On-site appointment booked", "Dear {customerName},\nour staff will come on {appointmentAt} for {requestNumber} at {address}."),
        new(DepositRefund,
            "押金可以退还", "尊敬的{customerName}：\n户号 {accountNumber} 的押金 {amount} 元已到退还时间，请携带身份证件到营业所办理。",
            "Your deposit can be refunded", "Dear {customerName},\nthe deposit of {amount} yuan on account {accountNumber} is due for refund; please bring your ID to the business office."),
        new(UnitDigest,
            "{unitName} 今日待办：{openCount} 项，今日到期 {dueToday} 项，已超期 {overdue} 项", "{unitName} 早安：\n待办 {openCount} 项，今日到期 {dueToday} 项，已超期 {overdue} 项。\n{lines}",
            "{unitName} today: {openCount} open, {dueToday} due today, {overdue} overdue", "Good morning {unitName}:\n{openCount} open tasks, {dueToday} due today, {overdue} overdue.\n{lines}"),
        new(ApprovalRequest,
            "待您审批：{requestNumber}（{amount} 元）", "{approverName}：\n业务 {requestNumber} 需要您审批，金额 {amount} 元。请登录系统处理。",
            "Approval needed: {requestNumber} ({amount} yuan)", "{approverName},\nrequest {requestNumber} needs your approval for {amount} yuan. Please sign in to decide."),
        new(SlaEscalation,
            "超时督办：{requestNumber} {stepName}", "{unitName}：\n业务 {requestNumber} 的“{stepName}”已超过时限（应于 {dueAt} 完成），请尽快处理。",
            "SLA breached: {requestNumber} {stepName}", "{unitName}:\nthe step '{stepName}' of {requestNumber} was due on {dueAt}. Please handle it now."),
        new(HolidayTableMissing,
            "请录入 {year} 年节假日安排", "系统管理员：\n{year} 年的法定节假日及调休安排尚未录入。录入前，涉及 {year} 年的工作日计算将报错而不会猜测。",
            "Please enter the {year} holiday table", "Administrators:\nthe statutory holidays and make-up working days of {year} are not entered yet. Until they are, working-day calculations in {year} fail rather than guess."),
    ];

    public static MailTemplate Get(string key) =>
        All.FirstOrDefault(t => t.Key == key) ?? throw new KeyNotFoundException($"There is no mail template '{key}'.");

    public static IEnumerable<string> Keys => All.Select(t => t.Key);
}
