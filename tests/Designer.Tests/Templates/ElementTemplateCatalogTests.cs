using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Designer.Api;
using Orchestrator.Designer.Templates;
using Orchestrator.Designer.Tests.Support;
using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Designer.Tests.Templates;

public sealed class ElementTemplateCatalogTests
{
    [Activity("test.checkArrears", DisplayName = "Check arrears", Category = "Ledger", Description = "Looks for unpaid bills.")]
    [ActivityInput("accountNumber", typeof(string), Required = true, Description = "10-digit account")]
    [ActivityInput("limit", typeof(decimal))]
    [ActivityInput("strict", typeof(bool?))]
    [ActivityOutput("arrears", typeof(decimal), Description = "Amount owed")]
    [ActivityOutcome("clear", Description = "nothing owed")]
    [ActivityOutcome("owing")]
    private sealed class CheckArrears : IActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => throw new NotSupportedException();
    }

    private static IReadOnlyList<ElementTemplate> Templates() =>
        new ElementTemplateCatalog(new ActivityRegistry([new ActivityRegistration(ActivityDescriptor.Describe(typeof(CheckArrears)))]), Localizer.Designer).All();

    [Fact]
    public void Each_activity_is_a_service_task_template_with_its_type_inputs_outputs_and_outcomes()
    {
        var template = Templates().Single(t => t.Id == "orchestrator.activity.test.checkArrears");

        Assert.Equal(("Check arrears", "Ledger", "bpmn:ServiceTask"), (template.Name, template.Category.Name, template.ElementType.Value));
        var type = template.Properties.Single(p => p.Binding.Type == "zeebe:taskDefinition");
        Assert.Equal(("Hidden", "type", "test.checkArrears"), (type.Type, type.Binding.Property, type.Value));
        var inputs = template.Properties.Where(p => p.Binding.Type == "zeebe:input").ToList();
        Assert.Equal(["accountNumber", "limit", "strict"], inputs.Select(i => i.Binding.Name));
        Assert.Equal(["String", "Number", "Boolean"], inputs.Select(i => i.Type));
        Assert.True(inputs[0].Constraints?.NotEmpty);
        Assert.Null(inputs[1].Constraints);
        var output = template.Properties.Single(p => p.Binding.Type == "zeebe:output");
        Assert.Equal(("=arrears", "arrears"), (output.Binding.Source, output.Value));
        Assert.Contains("clear: nothing owed", template.Description);
        Assert.Contains("owing", template.Description);
    }

    [Fact]
    public void The_user_task_template_offers_every_candidate_group_as_a_choice()
    {
        var template = Templates().Single(t => t.Id == UserTaskTemplate.Id);

        var unit = template.Properties.Single(p => p.Binding.Type == "zeebe:assignmentDefinition");
        Assert.Equal(("Dropdown", "candidateGroups"), (unit.Type, unit.Binding.Property));
        Assert.Equal(CandidateGroups.All.Select(g => g.Code), unit.Choices!.Select(c => c.Value));
        var calendar = template.Properties.Single(p => p.Binding.Name == "orc:calendar");
        Assert.Equal("working-days", calendar.Value);
        var due = template.Properties.Single(p => p.Binding.Name == "orc:dueDate");
        // "5天" typed into the ISO field is refused there with a sentence, not at submit
        var pattern = due.Constraints!.Pattern!;
        Assert.Matches(pattern.Value, "P5D");
        Assert.Matches(pattern.Value, "PT48H");
        Assert.DoesNotMatch(pattern.Value, "5天");
        Assert.DoesNotMatch(pattern.Value, "P");
        Assert.Contains("P5D", pattern.Message);
    }

    [Fact]
    public void The_timer_template_sets_a_duration_on_timer_events()
    {
        var timers = Templates().Where(t => t.Id.StartsWith(TimerTemplate.Id)).ToList();

        Assert.Equal(["bpmn:IntermediateCatchEvent", "bpmn:BoundaryEvent"], timers.Select(t => t.ElementType.Value));
        Assert.All(timers, t => Assert.Equal("bpmn:TimerEventDefinition", t.ElementType.EventDefinition));
        var duration = timers[0].Properties.Single();
        Assert.Equal(("bpmn:TimerEventDefinition#property", "timeDuration", "P7D"), (duration.Binding.Type, duration.Binding.Name, duration.Value));
    }

    [Fact]
    public void The_withdrawal_template_makes_a_message_start_listen_for_the_withdrawal_of_the_request()
    {
        var template = Templates().Single(t => t.Id == WithdrawalTemplate.Id);

        Assert.Equal(("bpmn:StartEvent", "bpmn:MessageEventDefinition"), (template.ElementType.Value, template.ElementType.EventDefinition));
        Assert.Contains(template.Name, new[] { "客户撤回申请（消息开始）", "Customer withdrawal (message start)" });
        var name = template.Properties.Single(p => p.Binding.Type == "bpmn:Message#property");
        Assert.Equal(("Hidden", "name", "request-withdrawn"), (name.Type, name.Binding.Name, name.Value));
        var key = template.Properties.Single(p => p.Binding.Type == "bpmn:Message#zeebe:subscription#property");
        Assert.Equal(("correlationKey", "=requestNumber"), (key.Binding.Name, key.Value));
    }

    [Fact]
    public void Templates_serialize_as_camunda_8_json_without_nulls()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Templates(), DesignerJson.Options))!.AsArray();

        var first = json[0]!.AsObject();
        Assert.StartsWith("https://unpkg.com/@camunda/zeebe-element-templates-json-schema", (string?)first["$schema"]);
        Assert.Equal(1, (int?)first["version"]);
        Assert.Equal("zeebe:taskDefinition", (string?)first["properties"]![0]!["binding"]!["type"]);
        Assert.DoesNotContain("null", json.ToJsonString());
    }
}
