using System.Globalization;
using System.Text.RegularExpressions;
using Orchestrator.Designer.Api;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Tests.Support;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Tests.Api;

/// <summary>
/// The designer shows the engine's validation problems in the reader's language: each rule's problem carries a code
/// and its values, the designer's resources hold a sentence per code in zh-CN and en.
/// </summary>
public sealed partial class ValidationViewTests
{
    private readonly DraftValidation validation = new(
        new DefinitionValidator(new BpmnParser(), new ProcessValidator(new ActivityRegistry([]), new AnyCandidateGroup())), Localizer.Designer);

    [Fact]
    public void An_unreachable_step_and_an_unknown_task_type_read_in_chinese_with_the_step_named()
    {
        var problems = InCulture("zh-CN", () => ValidationView.Of(validation.Validate("drawn", Flow), Localizer.Designer).Problems);

        var unreachable = Assert.Single(problems, p => p.Code == "node.unreachable");
        Assert.Equal(("orphan", "「孤立步骤 (orphan)」从任何开始事件都无法到达。"), (unreachable.ElementId, unreachable.Message));
        var unknown = Assert.Single(problems, p => p.Code == "task-type.unknown");
        Assert.Equal("「孤立步骤 (orphan)」使用的任务类型“water.nothing”没有对应的已注册活动。", unknown.Message);
    }

    [Fact]
    public void The_same_problems_read_in_english_on_switch()
    {
        var problems = InCulture("en", () => ValidationView.Of(validation.Validate("drawn", Flow), Localizer.Designer).Problems);

        Assert.Contains(problems, p => p.Message == "孤立步骤 (orphan) cannot be reached from a start event.");
        Assert.Contains(problems, p => p.Message == "孤立步骤 (orphan) uses task type 'water.nothing', which no registered activity provides.");
    }

    [Fact]
    public void Every_code_the_engine_rules_use_has_a_sentence_in_both_languages_with_as_many_values()
    {
        var root = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(root, "src", "Workflows"))) root = Path.GetDirectoryName(root)!;
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Workflows", "Engine", "Validation"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CodeAtCallSite().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.True(codes.Count >= 30, $"found only {codes.Count} codes");
        foreach (var culture in new[] { "zh-CN", "en" })
            foreach (var code in codes)
            {
                var sentence = InCulture(culture, () => Localizer.Designer[$"Validation_{code}"]);
                Assert.False(sentence.ResourceNotFound, $"{culture}: no sentence for {code}");
                if (culture == "en") Assert.DoesNotMatch("[\u4e00-\u9fff]", sentence.Value);
                else Assert.Matches("[\u4e00-\u9fff]", sentence.Value);
            }
    }

    [GeneratedRegex("""ValidationProblem\.(?:Error|Warning)\([^,]+, "([a-z-]+\.[a-z-]+)",""")]
    private static partial Regex CodeAtCallSite();

    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:process id="drawn" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:endEvent id="end" />
            <bpmn:serviceTask id="orphan" name="孤立步骤"><bpmn:extensionElements><zeebe:taskDefinition type="water.nothing" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static T InCulture<T>(string culture, Func<T> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
