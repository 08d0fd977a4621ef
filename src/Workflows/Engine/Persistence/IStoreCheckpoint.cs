namespace Orchestrator.Workflows.Engine.Persistence;

/// <summary>
/// The staged changes of a unit of work at one moment. An activity that fails is reverted to the
/// checkpoint taken before it ran, so the incident its failure becomes is committed without the half of
/// the activity's work it had done.
/// </summary>
public interface IStoreCheckpoint
{
    void Revert();
}

/// <summary>For stores that hold only the engine's own rows, which activities never touch.</summary>
public sealed class NothingToRevert : IStoreCheckpoint
{
    public static readonly NothingToRevert Instance = new();

    public void Revert()
    {
    }
}
