namespace Orchestrator.Designer.Flows;

/// <summary>Which process a company's new request starts: its published variant of the flow, else the group's flow.</summary>
public interface IFlowVariantResolver
{
    string ResolveProcessKey(string baseKey, string companyCode);

    Task<string> ResolveProcessKeyAsync(string baseKey, string companyCode, CancellationToken cancellationToken = default);
}
