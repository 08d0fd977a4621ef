using Orchestrator.Designer.Flows;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Flows;

/// <summary>Flows are titled by their names; the key only stands in when there is no name or the file does not parse.</summary>
public sealed class FlowTitleTests
{
    [Fact]
    public void A_flow_is_titled_by_its_process_name()
    {
        Assert.Equal("新装接水", FlowTitle.Of(Bpmn.SurveyFlow("new_connection").Replace("name=\"Survey\"", "name=\"新装接水\""), "new_connection"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("<bpmn:definitions")]
    public void Without_a_readable_name_the_key_stands_in(string? xml)
    {
        Assert.Equal("new_connection", FlowTitle.Of(xml, "new_connection"));
        Assert.Equal("survey-flow", FlowTitle.Of(Bpmn.SurveyFlow().Replace(" name=\"Survey\"", ""), "survey-flow"));
    }
}
