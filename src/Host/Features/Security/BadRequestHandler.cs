using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace Orchestrator.Host.Features.Security;

/// <summary>
/// A form posted without a valid antiforgery token, or a request that cannot be read, is the sender's mistake: 400
/// with a sentence, never a 500 (the API's own handler already does this under /api).
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var title = exception switch
        {
            AntiforgeryValidationException or BadHttpRequestException { InnerException: AntiforgeryValidationException } =>
                "The form has expired or was not sent from this site. Reload the page and try again.",
            BadHttpRequestException bad => bad.Message,
            _ => null,
        };
        if (title is null) return false;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = title },
        });
    }
}
