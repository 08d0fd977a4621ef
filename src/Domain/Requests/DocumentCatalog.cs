namespace Orchestrator.Domain.Requests;

/// <summary>The documents named in seeds 003 and 004, by code.</summary>
public static class DocumentCatalog
{
    public static readonly RequiredDocument IdOrHouseholdRegister = new("id-or-household-register", "身份证(户口本)复印件", "Copy of ID card or household register");
    public static readonly RequiredDocument PropertyCertificate = new("property-certificate", "房产证(产权证)复印件", "Copy of property certificate");
    public static readonly RequiredDocument PlanLocationMap = new("plan-location-map", "计划定点图", "Plan location map");
    public static readonly RequiredDocument AddressOfUse = new("address-of-use", "拟用水地址", "Address where the water will be used");
    public static readonly RequiredDocument StampedApplication = new("stamped-application", "单位盖章申请表", "Application form with company stamp");
    public static readonly RequiredDocument PlanMapAndProjectInfo = new("plan-map-and-project-info", "计划定点图及项目基础情况资料", "Plan location map and project information");
    public static readonly RequiredDocument BankAccount = new("bank-account", "单位银行账号及开户行名称", "Company bank account number and bank name");
    public static readonly RequiredDocument HouseholdList = new("household-list", "全部申请用户姓名及联系电话", "List of all applying households with names and phones");
    public static readonly RequiredDocument CurrentBillCopy = new("current-bill-copy", "当月水费发票复印件", "Copy of the current month's water bill");
    public static readonly RequiredDocument ManagementConsent = new("management-consent", "物业或街道办事处同意施工证明", "Consent of the property management or sub-district office");
    public static readonly RequiredDocument CurrentBill = new("current-bill", "当月水费发票", "Current month's water bill");
    public static readonly RequiredDocument OldOwnerId = new("old-owner-id", "原用户身份证复印件", "Copy of the previous owner's ID card");
    public static readonly RequiredDocument NewOwnerId = new("new-owner-id", "现用户身份证复印件", "Copy of the new owner's ID card");
    public static readonly RequiredDocument NewOwnerPropertyCertificate = new("new-owner-property-certificate", "现用户房屋产权证复印件", "Copy of the new owner's property certificate");
    public static readonly RequiredDocument TransferAgreement = new("transfer-agreement", "双方签署的过户协议", "Transfer agreement signed by both parties");
    public static readonly RequiredDocument StampedApplicationsOfBoth = new("stamped-applications-both", "双方单位盖章申请表", "Application forms stamped by both companies");
    public static readonly RequiredDocument PowerOfAttorney = new("power-of-attorney", "经办人委托书", "Power of attorney for the person handling it");
    public static readonly RequiredDocument ResidentList = new("resident-list", "过户居民明细表", "List of the residents taking over the accounts");
    public static readonly RequiredDocument DeedTaxInvoice = new("deed-tax-invoice", "购房契税发票(协议)", "Deed-tax invoice (or purchase agreement)");
    public static readonly RequiredDocument ResidentIds = new("resident-ids", "居民身份证复印件", "Copies of the residents' ID cards");
    public static readonly RequiredDocument ApplicantId = new("applicant-id", "申请人身份证复印件", "Copy of the applicant's ID card");
    public static readonly RequiredDocument LowIncomeCertificate = new("low-income-certificate", "低保证或困难职工救助证明(原件及复印件,在有效期内)", "Low-income or hardship relief certificate, original and copy, still valid");
    public static readonly RequiredDocument LowIncomeHouseholdList = new("low-income-household-list", "集体户低保户名单及占总户数比例", "List of low-income households in the collective account and their share");
}
