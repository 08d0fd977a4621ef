using System.Xml.Linq;

namespace Orchestrator.Host.Tests.Workflows;

/// <summary>Every decision in the nine shipped flows has both its answers: a gateway never has a dead "no".</summary>
public sealed class ShippedFlowGatewayTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static TheoryData<string> Flows() =>
        [.. Directory.GetFiles(Path.Combine(Infrastructure.Repository.Root, "workflows"), "*.bpmn").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Flows))]
    public void Every_exclusive_gateway_that_decides_has_a_conditioned_branch_and_a_default(string file)
    {
        var process = XDocument.Load(Path.Combine(Infrastructure.Repository.Root, "workflows", file)).Descendants(Bpmn + "process").Single();
        var flows = process.Elements(Bpmn + "sequenceFlow").ToList();
        foreach (var gateway in process.Elements(Bpmn + "exclusiveGateway"))
        {
            var id = (string)gateway.Attribute("id")!;
            var outgoing = flows.Where(f => (string?)f.Attribute("sourceRef") == id).ToList();
            Assert.True(outgoing.Count >= 2, $"{file}: gateway {id} has {outgoing.Count} way out");
            Assert.Contains(outgoing, f => f.Element(Bpmn + "conditionExpression") is not null);
            var fallback = (string?)gateway.Attribute("default");
            Assert.True(fallback is not null && outgoing.Any(f => (string?)f.Attribute("id") == fallback), $"{file}: gateway {id} has no default way for the other answer");
        }
    }

    [Fact]
    public void All_nine_request_flows_are_checked() => Assert.Equal(9, Directory.GetFiles(Path.Combine(Infrastructure.Repository.Root, "workflows"), "*.bpmn").Length);
}
