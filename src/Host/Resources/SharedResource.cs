[assembly: System.Resources.NeutralResourcesLanguage("zh-CN")]

namespace Orchestrator.Host.Resources;

/// <summary>Marker for the UI strings: SharedResource.resx is zh-CN (the default), SharedResource.en.resx English.</summary>
public sealed class SharedResource;
