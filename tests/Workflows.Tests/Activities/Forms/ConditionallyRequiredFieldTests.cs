using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Workflows.Tests.Activities.Forms;

/// <summary>Fields another answer makes required: a transferred complaint's department, a withdrawal's reason.</summary>
public sealed class ConditionallyRequiredFieldTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(null, true)]
    [InlineData(true, false)]
    public void A_complaint_not_solved_on_the_spot_needs_its_department(bool? solvedOnSpot, bool required)
    {
        var department = Field("complaint-intake", "department");

        Assert.Equal(required, department.IsRequired(new Dictionary<string, object?> { ["solvedOnSpot"] = solvedOnSpot }));
    }

    [Theory]
    [InlineData("withdrawn", true)]
    [InlineData("signed", false)]
    public void A_withdrawal_needs_its_reason_and_a_signature_does_not(string outcome, bool required)
    {
        var reason = Field("agreement-follow-up", "withdrawReason");

        Assert.Equal(required, reason.IsRequired(new Dictionary<string, object?> { ["agreementOutcome"] = outcome }));
    }

    private static FormField Field(string form, string name) =>
        TaskFormCatalog.Find(form)!.Fields.Single(f => f.Name == name);
}
