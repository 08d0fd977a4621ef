using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>A real, empty database for one test class: a temporary SQLite file or a fresh PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseOptions Options { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
