using Bunit;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Intake;

namespace Orchestrator.Host.Tests.Features.Intake;

public sealed class IntakeReviewTests : ComponentTest
{
    [Fact]
    public void The_review_shows_the_values_that_will_be_submitted_not_the_names_of_fields()
    {
        var form = new IntakeForm
        {
            Step = 4, Type = ServiceRequestType.NewConnection, Channel = RequestChannel.Phone, Address = "滨河路88号", Details = "商铺接水",
            NewApplicant = new IntakeApplicant { Kind = CustomerKind.Person, Name = "王芳", IdNumber = "370802198503072147", Phone = "0537-2233445" },
            Documents = [RequiredDocuments.For(ServiceRequestType.NewConnection, ApplicantKind.Individual)[0].Code],
        };

        var review = Render<IntakeReview>(p => p.Add(r => r.Form, form)
            .Add(r => r.Missing, RequiredDocuments.MissingDocuments(ServiceRequestType.NewConnection, ApplicantKind.Individual, form.Documents)));

        Assert.Equal("滨河路88号", review.Find("[data-testid=review-address]").TextContent);
        Assert.Equal("商铺接水", review.Find("[data-testid=review-details]").TextContent);
        Assert.Contains("新装接水", review.Find("[data-testid=review-type]").TextContent);
        Assert.Contains("王芳 · 370802198503072147 · 0537-2233445", review.Find("[data-testid=review-applicant]").TextContent);
        Assert.Contains("电话", review.Markup);
        Assert.DoesNotContain("_address", review.Markup);
        Assert.DoesNotContain("_accountNumber", review.Markup);
        Assert.Contains("身份证(户口本)复印件", review.Find("[data-testid=review-documents]").TextContent);
        Assert.Contains("计划定点图", review.Find("[data-testid=intake-missing]").TextContent);
    }
}
