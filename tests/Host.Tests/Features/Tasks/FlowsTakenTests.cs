using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class FlowsTakenTests
{
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <bpmn:process id="p">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Survey" />
            <bpmn:exclusiveGateway id="Feasible" />
            <bpmn:userTask id="Design" />
            <bpmn:endEvent id="Rejected" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Survey" />
            <bpmn:sequenceFlow id="f2" sourceRef="Survey" targetRef="Feasible" />
            <bpmn:sequenceFlow id="yes" sourceRef="Feasible" targetRef="Design" />
            <bpmn:sequenceFlow id="no" sourceRef="Feasible" targetRef="Rejected" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void A_flow_is_taken_when_it_leaves_a_passed_element_for_one_the_request_reached()
    {
        Assert.Equal(["f1", "f2", "yes"], FlowsTaken.Between(Xml, ["Start", "Survey", "Feasible"], ["Design"]));
    }

    [Fact]
    public void The_branch_not_taken_stays_unmarked_and_nothing_passed_marks_nothing()
    {
        Assert.DoesNotContain("no", FlowsTaken.Between(Xml, ["Start", "Survey", "Feasible"], ["Design"]));
        Assert.Empty(FlowsTaken.Between(Xml, [], ["Survey"]));
        Assert.Empty(FlowsTaken.Between("not xml", ["Start"], ["Survey"]));
    }
}
