using System.Globalization;
using Orchestrator.Domain.Requests;
using static Orchestrator.Host.Features.Documents.DocumentWording;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Words each kind of document from a request's facts, or names (as a resource key taking the request number)
/// why the document does not apply yet — no fee bill, no account, no deposit — for the sentence the clerk reads.
/// </summary>
public static class DocumentComposer
{
    /// <summary>Days the company has to finish the works once the customer has paid (the construction agreement's term).</summary>
    public const int ConstructionDays = 30;

    public static (DocumentContent? Content, string? NotApplicableKey) Compose(DocumentKind kind, DocumentFacts facts) => kind switch
    {
        DocumentKind.Receipt => (Receipt(facts), null),
        DocumentKind.PaymentNotice => facts.FeeBill is null
            ? (null, "Document_NoFeeBill")
            : (PaymentNotice(facts), null),
        DocumentKind.ConstructionAgreement => facts.FeeBill is null
            ? (null, "Document_NoBudget")
            : (ConstructionAgreement(facts), null),
        DocumentKind.SupplyAgreement => facts.Account is null
            ? (null, "Document_NoAccount")
            : (SupplyAgreement(facts), null),
        _ => facts.Deposits.Count == 0
            ? (null, "Document_NoDeposit")
            : (RefundNotice(facts), null),
    };

    private static DocumentContent Receipt(DocumentFacts f)
    {
        var catalog = RequiredDocuments.For(f.Request.Type, f.Request.ApplicantKind).ToDictionary(d => d.Code, d => d.NameZh);
        string Names(bool provided) =>
            string.Join("、", f.Request.Documents.Where(d => d.Provided == provided).Select(d => catalog.GetValueOrDefault(d.Code) ?? d.Code)) is { Length: > 0 } names
                ? names : "无";
        return Content(DocumentKind.Receipt, f,
            [
                new("受理编号", f.Request.Number),
                new("业务类型", RequestType(f.Request.Type)),
                .. Party(f),
                new("已收资料", Names(provided: true)),
                new("待补资料", Names(provided: false)),
                new("受理日期", Date(f.Request.CreatedAt)),
                new("受理人", f.Clerk),
            ],
            [
                $"您的{RequestType(f.Request.Type)}申请已受理，我们将按承诺时限办理。",
                "待补资料请在接到通知后尽快补交，资料补齐后开始计算办理时限。",
                $"请妥善保管本回执，凭受理编号查询办理进度。如有疑问请致电客服热线 {f.Hotline}。",
            ],
            []);
    }

    private static DocumentContent PaymentNotice(DocumentFacts f)
    {
        var bill = f.FeeBill!;
        var deposit = Number(f, "depositAmount") ?? 0;
        var works = Number(f, "amount") ?? bill.Amount - deposit;
        List<DocumentLine> items = [new("工程款", Yuan(works))];
        if (deposit > 0) items.Add(new("水费押金", Yuan(deposit)));
        return Content(DocumentKind.PaymentNotice, f,
            [
                new("受理编号", f.Request.Number),
                new("业务类型", RequestType(f.Request.Type)),
                .. Party(f),
                .. items,
                new("应缴合计", Yuan(bill.Amount)),
                new("已缴金额", Yuan(bill.AmountPaid)),
                new("尚需缴纳", Yuan(bill.Outstanding)),
                new("开具日期", Date(bill.IssuedOn)),
                new("应缴日期", Date(bill.DueDate)),
            ],
            [
                $"请尽快缴纳：工程自缴清之日起 {ConstructionDays} 日内完工。",
                $"缴费方式：可到{f.Company.Name}各营业厅柜台缴纳，或通过银行、微信、支付宝缴费。",
                $"缴费时请提供户号 {f.Account?.Number.Value ?? "（立户后告知）"} 及受理编号 {f.Request.Number}，款项将自动核销。",
                $"如有疑问请致电客服热线 {f.Hotline}。",
            ],
            []);
    }

    private static DocumentContent ConstructionAgreement(DocumentFacts f)
    {
        var bill = f.FeeBill!;
        var deposit = Number(f, "depositAmount") ?? 0;
        var works = Number(f, "amount") ?? bill.Amount - deposit;
        var term = bill.SettledOn is { } paid
            ? $"自乙方缴清工程款之日（{Date(paid)}）起 {ConstructionDays} 日内完工，即 {Date(paid.AddDays(ConstructionDays))} 前"
            : $"自乙方缴清工程款之日起 {ConstructionDays} 日内完工";
        return Content(DocumentKind.ConstructionAgreement, f,
            [
                new("协议编号", f.Request.Number),
                new("甲方（供水单位）", f.Company.Name),
                new("乙方（用户）", f.Customer?.Name ?? "（未登记）"),
                new("乙方证件号码", f.Customer?.IdNumber ?? "—"),
                new("工程地址", Address(f)),
                new("工程内容", $"{RequestType(f.Request.Type)}工程" + (Text(f, "designSummary") is { } design ? $"：{design}" : "")),
                new("工程款", Yuan(works)),
                new("施工期限", term),
            ],
            [
                "一、甲方按审定的设计方案组织施工，保证工程质量符合供水行业标准，竣工后组织验收。",
                "二、乙方按缴费通知单缴清工程款，并为施工提供必要的场地和通行条件。",
                "三、因乙方原因或不可抗力延误工期的，施工期限相应顺延。",
                "四、工程验收合格后，双方另行签订供用水协议，甲方为乙方装表通水。",
                $"五、本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。客服热线 {f.Hotline}。",
            ],
            ["甲方（盖章）：" + f.Company.Name, "乙方（签字）：" + (f.Customer?.Name ?? "")]);
    }

    private static DocumentContent SupplyAgreement(DocumentFacts f)
    {
        var account = f.Account!;
        return Content(DocumentKind.SupplyAgreement, f,
            [
                new("协议编号", f.Request.Number),
                new("供水人", f.Company.Name),
                new("用水人", f.Customer?.Name ?? "（未登记）"),
                new("用水人证件号码", f.Customer?.IdNumber ?? "—"),
                new("户号", account.Number.Value),
                new("用水地址", account.Address),
                new("用水性质", WaterNatureName(account.WaterNature)),
                new("执行水价", f.Tariff is null ? "按价格主管部门核定的现行水价执行" : Tariff(f.Tariff) + "；如遇调价，按新价格执行"),
            ],
            [
                "一、供水人按国家规定的水质标准和压力连续供水；因工程施工、检修需要停水的，提前公告。",
                "二、供水人按期抄表、按核定水价计收水费，并为用水人提供缴费、查询和报修服务。",
                "三、用水人按期缴纳水费，逾期未缴的按规定加收违约金，经催告仍不缴纳的可依法停止供水。",
                "四、用水人不得擅自改变用水性质、私接管道、绕表用水或损坏计量设施，并配合抄表和检修。",
                "五、用水人过户、报停或变更用水性质，应到供水人营业厅办理手续。",
                $"六、本协议一式两份，双方各执一份，自签字盖章之日起生效。客服热线 {f.Hotline}。",
            ],
            ["供水人（盖章）：" + f.Company.Name, "用水人（签字）：" + (f.Customer?.Name ?? "")]);
    }

    private static DocumentContent RefundNotice(DocumentFacts f)
    {
        var deposit = f.Deposits[0];
        var from = deposit.RefundDueOn is { } due ? Date(due) : "符合退还条件之日";
        return Content(DocumentKind.RefundNotice, f,
            [
                new("受理编号", f.Request.Number),
                .. Party(f),
                new("押金类型", DepositKindName(deposit.Kind)),
                new("押金金额", Yuan(f.Deposits.Sum(d => d.Amount))),
                new("收取日期", Date(deposit.HeldOn)),
                new("可退日期", from),
                new("当前状态", DepositStatusName(deposit.Status)),
            ],
            [
                $"尊敬的{f.Customer?.Name ?? "用户"}：您缴纳的押金 {Yuan(f.Deposits.Sum(d => d.Amount))} 可于 {from} 起办理退还。",
                $"请于工作日 9:00—17:00 携带本人身份证件和本通知，到{f.Company.Name}任一营业厅办理；押金按原缴费渠道或转入户号 {f.Account?.Number.Value} 的账户。",
                $"如有疑问请致电客服热线 {f.Hotline}。",
            ],
            []);
    }

    private static DocumentContent Content(DocumentKind kind, DocumentFacts f, List<DocumentLine> lines, List<string> clauses, List<string> signatories) =>
        new(kind, kind.TitleZh(), f.Company.Name, f.Hotline, f.Request.Number, lines, clauses, signatories);

    private static IEnumerable<DocumentLine> Party(DocumentFacts f)
    {
        yield return new("客户名称", f.Customer?.Name ?? "（未登记）");
        if (f.Customer?.Phones is [var phone, ..]) yield return new("联系电话", phone);
        if (f.Account is { } account) yield return new("户号", account.Number.Value);
        yield return new("用水地址", Address(f));
    }

    private static string Address(DocumentFacts f) =>
        !string.IsNullOrWhiteSpace(f.Request.Address) ? f.Request.Address : f.Account?.Address ?? "—";

    private static decimal? Number(DocumentFacts f, string name) => f.Variables.GetValueOrDefault(name) switch
    {
        null => null,
        IConvertible value when value is not string => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string? Text(DocumentFacts f, string name) =>
        f.Variables.GetValueOrDefault(name) is string { Length: > 0 } text ? text : null;
}
