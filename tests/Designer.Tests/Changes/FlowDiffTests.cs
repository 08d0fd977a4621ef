using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Changes;

public sealed class FlowDiffTests
{
    [Fact]
    public void Identical_flows_have_no_changes()
    {
        Assert.True(FlowDiff.Compare(Bpmn.SurveyFlow(), Bpmn.SurveyFlow()).IsEmpty);
    }

    [Fact]
    public void Changed_sla_and_threshold_are_listed_as_parameters_of_their_element()
    {
        var changes = FlowDiff.Compare(Bpmn.SurveyFlow(), Bpmn.SurveyFlow(sla: "P5D", threshold: "80000"));

        var survey = Assert.Single(changes.Changed);
        Assert.Equal("survey", survey.Id);
        Assert.Collection(survey.Parameters,
            p => Assert.Equal(("dueDate", "P7D", "P5D"), (p.Name, p.Before, p.After)),
            p => Assert.Equal(("header:vpThreshold", "100000", "80000"), (p.Name, p.Before, p.After)));
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void New_and_deleted_elements_are_added_and_removed()
    {
        var timer = """<bpmn:boundaryEvent id="late" attachedToRef="survey"><bpmn:timerEventDefinition id="t1"><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";

        var added = FlowDiff.Compare(Bpmn.SurveyFlow(), Bpmn.SurveyFlow(extra: timer));
        var removed = FlowDiff.Compare(Bpmn.SurveyFlow(extra: timer), Bpmn.SurveyFlow());

        var late = Assert.Single(added.Added);
        Assert.Equal(("late", "boundaryEvent", "P2D"), (late.Id, late.Kind, late.Parameters["timerEventDefinition.timeDuration"]));
        Assert.Equal("late", Assert.Single(removed.Removed).Id);
    }

    [Fact]
    public void A_setting_that_appears_has_no_before_value()
    {
        var changes = FlowDiff.Compare(Bpmn.SurveyFlow(), Bpmn.SurveyFlow().Replace("<zeebe:taskHeaders>",
            """<zeebe:ioMapping><zeebe:input source="=amount" target="budget" /></zeebe:ioMapping><zeebe:taskHeaders>"""));

        var parameter = Assert.Single(changes.Parameters);
        Assert.Equal(("input:budget", null, "=amount"), (parameter.Name, parameter.Before, parameter.After));
    }

    [Fact]
    public void Moving_a_shape_is_not_a_change()
    {
        var moved = Bpmn.SurveyFlow().Replace("""x="200" y="78" """, """x="260" y="140" """);

        Assert.True(FlowDiff.Compare(Bpmn.SurveyFlow(), moved).IsEmpty);
    }

    [Fact]
    public void Against_no_previous_version_everything_is_added()
    {
        var changes = FlowDiff.Compare(null, Bpmn.SurveyFlow());

        Assert.Equal(["end", "f1", "f2", "start", "survey"], changes.Added.Select(e => e.Id));
    }

    [Fact]
    public void An_attribute_written_at_its_bpmn_default_is_no_change()
    {
        const string written = """<bpmn:boundaryEvent id="late" attachedToRef="survey" cancelActivity="true"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";
        const string omitted = """<bpmn:boundaryEvent id="late" attachedToRef="survey"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";
        const string changed = """<bpmn:boundaryEvent id="late" attachedToRef="survey" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";

        Assert.True(FlowDiff.Compare(Bpmn.SurveyFlow(extra: written), Bpmn.SurveyFlow(extra: omitted)).IsEmpty);
        Assert.Single(FlowDiff.Compare(Bpmn.SurveyFlow(extra: written), Bpmn.SurveyFlow(extra: changed)).Changed);
    }
}
