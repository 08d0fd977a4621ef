using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Persistence;

namespace Orchestrator.Designer.Flows;

public sealed class FlowVariantResolver(DesignerDatabase db) : IFlowVariantResolver
{
    public string ResolveProcessKey(string baseKey, string companyCode)
    {
        var variant = FlowVariantKey.For(baseKey, companyCode);
        return db.Definitions.Any(d => d.Key == variant) ? variant : baseKey;
    }

    public async Task<string> ResolveProcessKeyAsync(string baseKey, string companyCode, CancellationToken cancellationToken = default)
    {
        var variant = FlowVariantKey.For(baseKey, companyCode);
        return await db.Definitions.AnyAsync(d => d.Key == variant, cancellationToken) ? variant : baseKey;
    }
}
