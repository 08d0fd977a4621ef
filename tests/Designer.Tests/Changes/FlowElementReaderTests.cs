using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Changes;

/// <summary>Problems and waiting tasks are shown on a step's name; an unnamed element keeps its id.</summary>
public sealed class FlowElementReaderTests
{
    [Fact]
    public void Named_elements_are_found_by_id()
    {
        var names = FlowElementReader.NamesOf(Bpmn.SurveyFlow());

        Assert.Equal("Site survey", names["survey"]);
        Assert.False(names.ContainsKey("start"));
    }

    [Fact]
    public void A_file_that_does_not_parse_has_no_names()
    {
        Assert.Empty(FlowElementReader.NamesOf("<bpmn:definitions"));
    }
}
