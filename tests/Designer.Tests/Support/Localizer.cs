using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Tests.Support;

/// <summary>The designer's real resources, as the Host resolves them.</summary>
public static class Localizer
{
    public static IStringLocalizer<DesignerResource> Designer { get; } = new StringLocalizer<DesignerResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
