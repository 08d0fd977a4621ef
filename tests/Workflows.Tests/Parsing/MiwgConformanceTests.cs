using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Parsing;

/// <summary>The 21 OMG MIWG reference models, none written here, must all import.</summary>
public sealed class MiwgConformanceTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(BpmnFiles.MiwgFolder(), "*.bpmn").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_corpus_has_all_21_files() => Assert.Equal(21, Files().Count);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_reference_model_imports(string file)
    {
        using var stream = File.OpenRead(Path.Combine(BpmnFiles.MiwgFolder(), file));
        var result = new BpmnParser().Parse(stream);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.NotEmpty(result.Definitions!.Processes);
    }

    [Fact]
    public void Iso_8859_1_names_survive_and_unsupported_elements_are_reported()
    {
        using var stream = File.OpenRead(Path.Combine(BpmnFiles.MiwgFolder(), "B.2.0.bpmn"));
        var result = new BpmnParser().Parse(stream);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Signal events are not supported"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Escalation events are not supported"));
        Assert.Contains(result.Definitions!.Processes.SelectMany(p => p.Content.AllNodes()).OfType<EventNode>(),
            e => e.Definition is EscalationEventDefinition);
    }
}
