using System.Globalization;
using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Designer.Templates;

/// <summary>The palette of the designer, generated from the activity registry: never maintained by hand.</summary>
public sealed class ElementTemplateCatalog(IActivityCatalog activities, IStringLocalizer<DesignerResource> text)
{
    public IReadOnlyList<ElementTemplate> All()
    {
        var templates = activities.All.OrderBy(a => a.Category).ThenBy(a => a.Type)
            .Select(a => ActivityTemplates.For(a, text)).ToList();
        templates.Add(UserTaskTemplate.Create(text, CultureInfo.CurrentUICulture.Name));
        templates.AddRange(TimerTemplate.Create(text));
        templates.Add(WithdrawalTemplate.Create(text));
        return templates;
    }
}
