using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestrator.Designer.Templates;

namespace Orchestrator.Designer.Api;

internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/templates", (ElementTemplateCatalog templates) => Results.Json(templates.All(), DesignerJson.Options))
            .WithSummary("Camunda 8 element templates generated from the activity registry, user tasks and SLA timers.");
}
