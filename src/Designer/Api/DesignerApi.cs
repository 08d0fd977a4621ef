using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestrator.Designer.Access;

namespace Orchestrator.Designer.Api;

/// <summary>/api/designer: process owners and the company's managers only; everyone else gets 403.</summary>
internal static class DesignerApi
{
    public static IEndpointRouteBuilder MapDesignerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/designer").RequireAuthorization(DesignerPolicies.Use)
            .AddEndpointFilter<DesignerApiErrors>().WithTags("Designer");
        api.MapTemplateEndpoints();
        api.MapFlowEndpoints();
        api.MapDraftEndpoints();
        return app;
    }
}
