using static Orchestrator.Workflows.Activities.Forms.Fields;

namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Forms of the design office and the construction unit: survey, design, budget, build, acceptance.</summary>
internal static class EngineeringForms
{
    public static readonly TaskForm Survey = new("survey", "现场勘查", "Site survey",
    [
        Boolean("feasible", "符合安装条件", "Feasible: the site meets the installation conditions"),
        Multiline("reason", "不符合条件的原因（反馈客户）", "Why not feasible (told to the customer)", required: false),
    ]);

    public static readonly TaskForm Design = new("design", "设计方案", "Design",
    [
        Multiline("designSummary", "设计方案摘要", "Design summary"),
        Boolean("permitsNeeded", "需用户办理计划定线、掘路等手续", "The customer must obtain plan-line and road-excavation permits"),
    ]);

    public static readonly TaskForm PermitsReceived = new("permits-received", "手续齐全", "Permits complete",
    [
        Date("permitsCompleteOn", "手续齐全日期", "Date the permits were complete", FormDateSense.Past),
        Note(),
    ]);

    public static readonly TaskForm Budget = new("budget", "工程预算", "Budget",
    [
        Money("amount", "工程预算金额（元）", "Budget amount (yuan)"),
        Money("depositAmount", "水费押金（元，大用量个人用户3个月水费，其余填0）", "Water deposit (yuan; 3 months for a large-volume individual, else 0)", required: false, zeroAllowed: true),
        Note(),
    ]);

    public static readonly TaskForm RetrofitQuote = new("retrofit-quote", "户表安装费用", "Household meter fee",
    [
        Money("amount", "安装费用（元）", "Installation fee (yuan)"),
        Money("depositAmount", "预交30天水费押金（元）", "30-day water deposit (yuan)"),
    ]);

    public static readonly TaskForm ConstructionAgreement = new("construction-agreement", "签署施工协议", "Sign the construction agreement",
    [
        Boolean("agreementSigned", "已与用户签署施工（户表安装）协议", "The construction (meter installation) agreement is signed"),
    ]);

    public static readonly TaskForm ConstructionOrder = new("construction-order", "下达施工任务", "Issue the construction order",
    [
        Number("plannedDays", "计划工期（天）", "Planned duration (days)", min: 1, max: 365),
        Note(),
    ]);

    public static readonly TaskForm ConstructionDone = new("construction-done", "施工完成", "Construction done",
    [
        Date("completedOn", "完工日期", "Completion date", FormDateSense.Past),
        Note(),
    ]);

    public static readonly TaskForm Acceptance = new("acceptance", "联合验收及工程决算", "Joint acceptance and final accounts",
    [
        Boolean("accepted", "联合验收合格", "Passed joint acceptance"),
        Money("finalAmount", "决算金额（元）", "Final accounts (yuan)"),
        Multiline("defects", "不合格项（不合格时由施工单位整改）", "Defects to rectify (when not passed)", required: false),
        Note(),
    ]);

    public static readonly TaskForm Rectification = new("rectification", "施工单位整改", "Rectification by the construction unit",
    [
        Date("rectifiedOn", "整改完成日期", "Date the works were rectified", FormDateSense.Past),
        Multiline("rectification", "整改内容", "What was rectified"),
    ]);

    public static readonly TaskForm MeterCard = new("meter-card", "转表卡", "Meter card",
    [
        Text("meterNumber", "水表编号", "Meter number"),
        Caliber("caliberMm", "口径（毫米）", "Caliber (mm)"),
        Reading("initialReading", "起始读数（立方米）", "Initial reading (m³)", notBelowLast: false),
    ]);

    public static readonly TaskForm CardsForwarded = new("cards-forwarded", "表卡查对并转营业所", "Cards checked and sent to the business office",
    [
        Boolean("cardsChecked", "表卡资料已查对", "Card data checked"),
        Note(),
    ]);

    public static IReadOnlyList<TaskForm> All { get; } =
    [
        Survey, Design, PermitsReceived, Budget, RetrofitQuote, ConstructionAgreement, ConstructionOrder, ConstructionDone,
        Acceptance, Rectification, MeterCard, CardsForwarded,
    ];
}
