using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class PathTakenTests
{
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <bpmn:process id="p">
            <bpmn:startEvent id="Start" />
            <bpmn:serviceTask id="CheckArrears" />
            <bpmn:exclusiveGateway id="Owing" />
            <bpmn:userTask id="Survey" />
            <bpmn:endEvent id="Rejected" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="CheckArrears" />
            <bpmn:sequenceFlow id="f2" sourceRef="CheckArrears" targetRef="Owing" />
            <bpmn:sequenceFlow id="clear" sourceRef="Owing" targetRef="Survey" />
            <bpmn:sequenceFlow id="owing" sourceRef="Owing" targetRef="Rejected" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void The_path_is_the_passed_elements_the_start_event_and_the_flows_between_them()
    {
        Assert.Equal(["CheckArrears", "Owing", "Start", "f1", "f2", "clear"], PathTaken.Of(Xml, ["CheckArrears", "Owing"], ["Survey"]));
    }

    [Fact]
    public void The_branch_not_taken_and_the_current_step_stay_unmarked()
    {
        var path = PathTaken.Of(Xml, ["CheckArrears", "Owing", "Survey"], ["Survey"]);

        Assert.DoesNotContain("owing", path);
        Assert.DoesNotContain("Rejected", path);
        Assert.DoesNotContain("Survey", path);
    }

    [Fact]
    public void Nothing_passed_marks_nothing_and_an_unreadable_diagram_marks_only_the_elements()
    {
        Assert.Empty(PathTaken.Of(Xml, [], ["CheckArrears"]));
        Assert.Equal(["CheckArrears"], PathTaken.Of("not xml", ["CheckArrears"], ["Survey"]));
    }
}
