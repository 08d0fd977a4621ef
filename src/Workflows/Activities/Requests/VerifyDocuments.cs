using Orchestrator.Domain.Requests;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Requests;

/// <summary>
/// Checks the request's document checklist (by type and applicant kind). When the clerk confirms that the
/// customer brought the rest (<c>documentsComplete</c>), the open lines are ticked.
/// </summary>
[Activity("water.verifyDocuments", DisplayName = "审核资料 Verify documents", Category = "工单 Requests",
    Description = "Outcome 'complete' when every required document is there, otherwise 'missing' with the list.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("documentsComplete", typeof(bool), Description = "The clerk confirms the missing documents were provided.")]
[ActivityOutput("missingDocuments", typeof(string[]))]
[ActivityOutcome("complete")]
[ActivityOutcome("missing")]
public sealed class VerifyDocuments : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        if (context.Flag("documentsComplete"))
            foreach (var code in request.MissingDocuments()) request.MarkDocumentProvided(code);
        var missing = request.MissingDocuments();
        var names = RequiredDocuments.For(request.Type, request.ApplicantKind)
            .Where(d => missing.Contains(d.Code)).Select(d => d.NameZh).ToList();
        RequestRecords.Note(context, request, missing.Count == 0 ? "资料审核齐全。" : "资料不全，缺：" + string.Join("、", names));
        return new ActivityResult(new Dictionary<string, object?> { ["missingDocuments"] = names }, missing.Count == 0 ? "complete" : "missing");
    }
}
