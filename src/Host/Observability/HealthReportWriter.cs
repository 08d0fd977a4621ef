using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Observability;

/// <summary>
/// Everyone (load balancers) gets the overall status; a signed-in administrator also gets each check with its
/// description, which names storage, servers and backlog sizes.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        object body = context.User.IsInRole(Roles.Administrator)
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
            }
            : new { status = report.Status.ToString() };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
