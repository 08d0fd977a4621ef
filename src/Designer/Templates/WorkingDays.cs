using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Templates;

/// <summary>The engine's <c>orc:calendar</c> value for working-day counting, and the choice offered for it.</summary>
internal static class WorkingDays
{
    public const string Calendar = "working-days";

    public static IReadOnlyList<TemplateChoice> Choices(IStringLocalizer<DesignerResource> text) =>
        [new(text["WorkingDays"], Calendar), new(text["NaturalDays"], "natural-days")];
}
