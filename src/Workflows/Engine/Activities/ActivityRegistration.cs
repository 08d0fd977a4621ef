namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>A DI marker that an activity class was registered; the registry is built from these.</summary>
public sealed record ActivityRegistration(ActivityDescriptor Descriptor);
