using System.Security.Claims;

namespace Orchestrator.Host.Access;

/// <summary>
/// Opens one DI scope per page operation, for the given user: a fresh DbContext each time (a circuit lives
/// for hours and two events may overlap) and every query filtered to that user's company.
/// </summary>
public sealed class WorkplaceOperations(IServiceScopeFactory scopes)
{
    public WorkplaceOperation Open(ClaimsPrincipal user)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SignedInUser>().Principal = user;
        return new WorkplaceOperation(scope);
    }
}

public sealed class WorkplaceOperation(AsyncServiceScope scope) : IAsyncDisposable
{
    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
