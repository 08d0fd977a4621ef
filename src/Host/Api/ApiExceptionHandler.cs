using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Api;

/// <summary>
/// Turns the errors people can act on into problem+json with a sentence in the caller's language (a domain refusal's
/// title through <see cref="RefusalText"/>; its stable <c>code</c> for programs); everything else stays a 500.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        var (status, title, code) = exception switch
        {
            DomainException { Code: "access.denied" } denied => (StatusCodes.Status403Forbidden, denied.Message, "access.denied"),
            DomainException { Code: var c } notFound when c.EndsWith(".not-found", StringComparison.Ordinal) =>
                (StatusCodes.Status404NotFound, notFound.Message, c),
            DomainException domain => (StatusCodes.Status422UnprocessableEntity, domain.Message, domain.Code),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "Someone else changed this record after you opened it. Reload it and try again.", "concurrency.conflict"),
            WorkflowConflictException conflict => (StatusCodes.Status409Conflict, conflict.Message, "workflow.conflict"),
            KeyNotFoundException missing => (StatusCodes.Status404NotFound, missing.Message, "not-found"),
            Orchestrator.Workflows.Engine.Expressions.ExpressionException expression => (StatusCodes.Status422UnprocessableEntity, expression.Message, "expression.invalid"),
            BadHttpRequestException bad => (StatusCodes.Status400BadRequest, bad.Message, "request.invalid"),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        // The handler runs outside the request-localization middleware's scope: say it in the culture it chose.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture) CultureInfo.CurrentUICulture = culture;
        if (exception is DomainException refusal and not InvalidFieldsException) title = l.Refusal(refusal);
        else if (exception is DbUpdateConcurrencyException) title = l["Problem_concurrency.conflict"];
        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Extensions = { ["code"] = code } },
        };
        // One problem per field, keyed like a validation problem, so a client can mark the field to correct.
        if (exception is InvalidValueException invalid)
            problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [invalid.Field] = [title] };
        else if (exception is InvalidFieldsException fields)
            problem.ProblemDetails.Extensions["errors"] = fields.Problems.ToDictionary(p => p.Key, p => new[] { p.Value });
        return await problems.TryWriteAsync(problem);
    }
}
