using Orchestrator.Domain.Calendar;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>
/// Seed 004's new connection for an existing customer without arrears, taken by the colleagues whose steps
/// they are up to the step a journey starts at: survey, design, the permits, budget, the leader's approval, the fee paid
/// at the bank, the construction agreement and order, the works, joint acceptance, the supply agreement.
/// </summary>
public sealed class NewConnectionRoute(Backstage backstage)
{
    public static readonly string[] Documents = ["id-or-household-register", "property-certificate", "plan-location-map"];

    public static readonly string[] Steps =
    [
        "Survey", "Design", "PermitsReceived", "Budget", "LeaderApproval", "ConstructionAgreement", "ConstructionOrder", "Construction", "Acceptance",
        "SupplyAgreement", "VicePresidentApproval",
    ];

    public async Task<Backstage.Submitted> RunUntilAsync(string stopAt, Guid customerId, decimal budget, string address)
    {
        var request = await backstage.SubmitAsync("clerk", new
        {
            type = "NewConnection", applicantKind = "Individual", channel = "Counter", address, details = "新建住宅接水，DN25",
            customerId, documentsProvided = Documents,
        });
        foreach (var step in Steps.TakeWhile(s => s != stopAt))
        {
            await RunAsync(request, step, budget);
        }
        await backstage.OpenTaskAsync(request.Number, stopAt);
        return request;
    }

    private async Task RunAsync(Backstage.Submitted request, string step, decimal budget)
    {
        var n = request.Number;
        switch (step)
        {
            case "Survey": await backstage.CompleteAsync("design", n, step, new { feasible = true }); break;
            case "Design": await backstage.CompleteAsync("design", n, step, new { designSummary = "DN25 接入，沿东侧绿化带敷设", permitsNeeded = true }); break;
            case "PermitsReceived": await backstage.CompleteAsync("clerk", n, step, new { permitsCompleteOn = Today }); break;
            case "Budget": await backstage.CompleteAsync("design", n, step, new { amount = budget, depositAmount = 0 }); break;
            case "LeaderApproval":
                await backstage.CompleteAsync("leader", n, step, new { approved = true, comment = "同意" });
                await backstage.PayFeeByBankAsync(request, budget);
                break;
            case "ConstructionAgreement": await backstage.CompleteAsync("clerk", n, step, new { agreementSigned = true }); break;
            case "ConstructionOrder": await backstage.CompleteAsync("design", n, step, new { plannedDays = 20 }); break;
            case "Construction": await backstage.CompleteAsync("build", n, step, new { completedOn = Today }); break;
            case "Acceptance": await backstage.CompleteAsync("design", n, step, new { accepted = true, finalAmount = budget }); break;
            case "SupplyAgreement": await backstage.CompleteAsync("clerk", n, step, new { supplyAgreementSigned = true }); break;
            default: throw new ArgumentOutOfRangeException(nameof(step), step, "not a step of the route");
        }
    }

    public static string Today => ChinaTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
}
