namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Every registered activity by task type. Registering one type twice is a start-up error.</summary>
public sealed class ActivityRegistry : IActivityCatalog
{
    private readonly Dictionary<string, ActivityDescriptor> _byType = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<ActivityRegistration> registrations)
    {
        foreach (var descriptor in registrations.Select(r => r.Descriptor).DistinctBy(d => d.ImplementationType))
            if (!_byType.TryAdd(descriptor.Type, descriptor))
                throw new InvalidOperationException(
                    $"Task type '{descriptor.Type}' is registered by both {_byType[descriptor.Type].ImplementationType.Name} and {descriptor.ImplementationType.Name}.");
    }

    public IReadOnlyCollection<ActivityDescriptor> All => _byType.Values;

    public ActivityDescriptor? Find(string type) => _byType.GetValueOrDefault(type);
}
