using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Persistence;

/// <summary>The Data Protection key ring lives in the database, so every node signs and reads the same cookies and tokens.</summary>
public abstract partial class OrchestratorDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
