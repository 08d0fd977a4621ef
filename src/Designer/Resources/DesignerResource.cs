[assembly: System.Resources.NeutralResourcesLanguage("zh-CN")]

namespace Orchestrator.Designer.Resources;

/// <summary>Marker for the designer's UI strings: DesignerResource.resx is zh-CN (the default), DesignerResource.en.resx English.</summary>
public sealed class DesignerResource;
