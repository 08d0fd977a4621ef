using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Designer.Templates;

/// <summary>A user task whose unit is picked from the real candidate groups, with a due date in working days.</summary>
internal static class UserTaskTemplate
{
    public const string Id = "orchestrator.user-task";

    public static ElementTemplate Create(IStringLocalizer<DesignerResource> text, string culture)
    {
        var groups = CandidateGroups.All
            .Select(g => new TemplateChoice($"{RoleCatalog.DisplayName(g.Role, culture)} ({g.Code})", g.Code))
            .ToList();
        return new ElementTemplate(Id, text["UserTaskTemplate"], text["UserTaskTemplateHint"],
            new TemplateCategory("orchestrator", text["CategoryPeople"]), ["bpmn:Task"], new TemplateElementType("bpmn:UserTask"),
            [new("assignment", text["GroupAssignment"]), new("deadline", text["GroupDeadline"])],
            [
                new TemplateProperty("Dropdown", new TemplateBinding("zeebe:assignmentDefinition") { Property = "candidateGroups" })
                {
                    Label = text["CandidateGroup"], Group = "assignment", Choices = groups, Value = groups[0].Value,
                },
                new TemplateProperty("String", new TemplateBinding("property") { Name = "orc:dueDate" })
                {
                    Label = text["DueDate"], Description = text["DueDateHint"], Group = "deadline", Value = "P5D",
                    Constraints = new TemplateConstraints(NotEmpty: false) { Pattern = new(TemplatePattern.IsoDuration, text["IsoDurationPattern"]) },
                },
                new TemplateProperty("Dropdown", new TemplateBinding("property") { Name = "orc:calendar" })
                {
                    Label = text["Calendar"], Group = "deadline", Value = WorkingDays.Calendar, Choices = WorkingDays.Choices(text),
                },
            ]);
    }
}
