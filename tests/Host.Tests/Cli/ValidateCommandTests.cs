using Orchestrator.Host.Cli;
using Orchestrator.Host.Tests.Workflows;

namespace Orchestrator.Host.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestrator-cli-").FullName;

    [Fact]
    public async Task Valid_files_print_ok_and_exit_zero()
    {
        var file = Write("review.bpmn", TestFlows.Review());
        var output = new StringWriter();

        var exit = await CliCommands.RunAsync(["validate", file], output);

        Assert.Equal(0, exit);
        Assert.Contains("review.bpmn: OK", output.ToString());
    }

    [Fact]
    public async Task An_invalid_file_prints_each_error_with_its_element_and_exits_non_zero()
    {
        var good = Write("good.bpmn", TestFlows.Review());
        var bad = Write("bad.bpmn", TestFlows.Broken);
        var output = new StringWriter();

        var exit = await CliCommands.RunAsync(["validate", good, bad, Path.Combine(folder, "missing.bpmn")], output);

        Assert.Equal(1, exit);
        var text = output.ToString();
        Assert.Contains("bad.bpmn: INVALID", text);
        Assert.Contains("[f1]", text);
        Assert.Contains("[Survey]", text);
        Assert.Contains("missing.bpmn: ERROR the file does not exist", text);
        Assert.Contains("2 of 3 file(s) invalid", text);
    }

    [Fact]
    public async Task Ignored_vendor_extensions_are_printed_as_warnings_naming_the_element()
    {
        var file = Write("camunda.bpmn", """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
              <process id="p" isExecutable="true">
                <startEvent id="s" /><endEvent id="e" camunda:asyncBefore="true" />
                <sequenceFlow sourceRef="s" targetRef="e" />
              </process>
            </definitions>
            """);
        var output = new StringWriter();

        var exit = await CliCommands.RunAsync(["validate", file], output);

        Assert.Equal(0, exit);
        Assert.Contains("warning [e] endEvent 'e' uses camunda:asyncBefore", output.ToString());
    }

    [Fact]
    public async Task The_repository_flows_are_valid()
    {
        var flows = Directory.GetFiles(Path.Combine(Infrastructure.Repository.Root, "workflows"), "*.bpmn");
        var output = new StringWriter();

        var exit = await CliCommands.RunAsync(["validate", .. flows], output);

        Assert.NotEmpty(flows);
        Assert.True(exit == 0, output.ToString());
    }

    private string Write(string name, string xml)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, xml);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
