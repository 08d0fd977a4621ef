using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Api;

/// <summary>Turns the lifecycle's refusals into problem responses with a sentence in the user's language.</summary>
internal sealed class DesignerApiErrors : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DraftRuleException e)
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<DesignerResource>>();
            return Results.Problem(statusCode: StatusFor(e.Rule), title: text[$"Rule_{e.Rule}"], extensions: new Dictionary<string, object?> { ["rule"] = e.Rule.ToString() });
        }
        catch (UnauthorizedAccessException)
        {
            return Results.Forbid();
        }
    }

    private static int StatusFor(DraftRule rule) => rule switch
    {
        DraftRule.NotFound => StatusCodes.Status404NotFound,
        DraftRule.OwnChange or DraftRule.GroupFlowNeedsVariant => StatusCodes.Status403Forbidden,
        DraftRule.CommentRequired or DraftRule.InvalidDefinition => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };
}
