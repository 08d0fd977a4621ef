using static Orchestrator.Workflows.Activities.Forms.Fields;

namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Forms of the business office's account work: agreements, readings, transfers, relief, refunds.</summary>
internal static class AccountForms
{
    public static readonly TaskForm SupplyAgreement = new("supply-agreement", "签署供用水协议", "Sign the supply agreement",
    [
        Boolean("supplyAgreementSigned", "已签署供用水协议", "The supply agreement is signed"),
    ]);

    public static readonly TaskForm AgreementFollowUp = new("agreement-follow-up", "等待用户签署协议", "Waiting for the customer to sign",
    [
        Choice("agreementOutcome", "结果", "Outcome",
            new FormChoice("signed", "用户已签署", "The customer signed"),
            new FormChoice("withdrawn", "用户撤回申请", "The customer withdrew the request")),
        Multiline("withdrawReason", "撤回原因（撤回时必填）", "Why the customer withdrew (required when withdrawn)").When("agreementOutcome", "withdrawn"),
    ]);

    public static readonly TaskForm MeterReading = new("meter-reading", "现场抄表", "Meter reading",
    [
        Reading("reading", "表读数（立方米）", "Reading (m³)"),
        Note(),
    ]);

    public static readonly TaskForm DeveloperSurvey = new("developer-survey", "开发企业过户现场勘查", "Site survey of a developer transfer",
    [
        Multiline("findings", "勘查情况", "Findings"),
        Money("depositAmount", "3个缴费周期水费押金（元）", "Deposit of 3 billing cycles (yuan)"),
    ]);

    public static readonly TaskForm ReliefReview = new("relief-review", "低保（特困）优惠审核", "Low-income relief review",
    [
        Boolean("approved", "证件有效，同意优惠", "Certificate valid; relief granted"),
        Choice("reliefKind", "优惠类别", "Relief kind",
            new FormChoice("LowIncome", "低保户", "Low income"),
            new FormChoice("Extreme", "特困户", "Extreme hardship")),
        Number("lowIncomeShare", "集体户低保户占比（0–1，非集体户留空）", "Collective account: share of low-income households (0–1)", required: false, min: 0, max: 1),
        Multiline("comment", "审核意见", "Comment", required: false),
    ]);

    public static readonly TaskForm DepositRefundNotice = new("deposit-refund-notice", "通知用户退还押金", "Tell the customer to collect the deposit",
    [
        Boolean("customerNotified", "已通知用户", "The customer was told"),
        Note(),
    ]);

    public static IReadOnlyList<TaskForm> All { get; } =
        [SupplyAgreement, AgreementFollowUp, MeterReading, DeveloperSurvey, ReliefReview, DepositRefundNotice];
}
