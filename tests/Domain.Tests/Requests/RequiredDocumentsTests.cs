using Orchestrator.Domain.Requests;
using static Orchestrator.Domain.Requests.ApplicantKind;
using static Orchestrator.Domain.Requests.ServiceRequestType;

namespace Orchestrator.Domain.Tests.Requests;

public class RequiredDocumentsTests
{
    [Theory]
    [InlineData(NewConnection, Individual, "id-or-household-register,property-certificate,plan-location-map")]
    [InlineData(NewConnection, Company, "address-of-use,property-certificate,stamped-application,plan-map-and-project-info,bank-account")]
    [InlineData(HouseholdMeterRetrofit, Individual, "household-list,current-bill-copy,management-consent")]
    [InlineData(OwnershipTransfer, Individual, "current-bill,old-owner-id,new-owner-id,new-owner-property-certificate")]
    [InlineData(OwnershipTransfer, Company, "transfer-agreement,stamped-applications-both,power-of-attorney")]
    [InlineData(OwnershipTransfer, Developer, "resident-list,deed-tax-invoice,resident-ids")]
    [InlineData(LowIncomeRelief, Individual, "low-income-certificate,applicant-id")]
    [InlineData(Suspension, Individual, "applicant-id,current-bill")]
    [InlineData(Complaint, Individual, "")]
    [InlineData(Inquiry, Company, "")]
    public void The_checklist_follows_the_seed(ServiceRequestType type, ApplicantKind applicant, string codes) =>
        Assert.Equal(
            codes.Split(',', StringSplitOptions.RemoveEmptyEntries),
            RequiredDocuments.For(type, applicant).Select(d => d.Code));

    [Fact]
    public void Every_document_has_chinese_and_english_names()
    {
        var all = Enum.GetValues<ServiceRequestType>()
            .SelectMany(t => Enum.GetValues<ApplicantKind>().SelectMany(a => RequiredDocuments.For(t, a)));

        Assert.All(all, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.NameZh));
            Assert.False(string.IsNullOrWhiteSpace(d.NameEn));
        });
    }

    [Fact]
    public void Missing_documents_are_those_not_yet_provided()
    {
        var missing = RequiredDocuments.MissingDocuments(HouseholdMeterRetrofit, Company, ["household-list", "unrelated"]);

        Assert.Equal(new[] { "current-bill-copy", "management-consent" }, missing.Select(d => d.Code));
        Assert.Equal("物业或街道办事处同意施工证明", missing[1].NameZh);
    }
}
