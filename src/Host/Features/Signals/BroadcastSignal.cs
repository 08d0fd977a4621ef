using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Api;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Signals;

/// <summary>
/// 广播信号: a planned outage notice or similar reaches every waiting signal catch of one company's instances and
/// starts the flows with a matching signal start event for that company. Only administrators and integrations
/// may (403 otherwise). The company is the caller's own; a caller of a company who names another one gets 404.
/// A caller without a company (group level) must name an existing one. The name is required (422 naming it).
/// </summary>
public sealed class BroadcastSignal(IWorkflowRuntime runtime, OrchestratorDbContext db, IStringLocalizer<SharedResource> l)
{
    public const int MaxNameLength = 200;

    public async Task<SignalBroadcastOutcome> ExecuteAsync(ClaimsPrincipal user, SignalBroadcastRequest request, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.Integration))
            return SignalBroadcastOutcome.Refused(SignalRefusal.NotAllowed, l["Signal_NotAllowed"]);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            return SignalBroadcastOutcome.Invalid("name", l["Signal_NameRequired"]);
        if (name.Length > MaxNameLength)
            return SignalBroadcastOutcome.Invalid("name", l["Signal_NameTooLong", MaxNameLength]);
        if (await CompanyAsync(user, request.CompanyId, cancellationToken) is not { } company)
            return request.CompanyId is null && user.CompanyId() is null
                ? SignalBroadcastOutcome.Invalid("companyId", l["Signal_CompanyRequired"])
                : SignalBroadcastOutcome.Refused(SignalRefusal.CompanyNotFound, l["Signal_CompanyNotFound"]);
        var result = await runtime.BroadcastSignalAsync(name, company, JsonVariables.ToPlain(request.Variables), cancellationToken);
        return SignalBroadcastOutcome.Done(result);
    }

    private async Task<Guid?> CompanyAsync(ClaimsPrincipal user, Guid? named, CancellationToken cancellationToken)
    {
        if (user.CompanyId() is { } own)
            return named is null || named == own ? own : null;
        return named is { } id && await db.Companies.IgnoreQueryFilters().AnyAsync(c => c.Id == id, cancellationToken) ? id : null;
    }
}
