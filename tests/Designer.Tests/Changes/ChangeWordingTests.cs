using System.Globalization;
using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Changes;

/// <summary>A reviewer reads the change in words, in the page's language, with units; never as ISO or raw keys.</summary>
public sealed class ChangeWordingTests : IDisposable
{
    private const string SurveyTimer = """<bpmn:boundaryEvent id="late" name="超时" attachedToRef="survey" cancelActivity="false"><bpmn:timerEventDefinition orc:calendar="working-days"><bpmn:timeDuration>{0}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";

    private readonly CultureInfo culture = CultureInfo.CurrentUICulture;

    public void Dispose() => CultureInfo.CurrentUICulture = culture;

    private static IReadOnlyList<string> Words(string before, string after, string language = "zh-CN")
    {
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        return new ChangeWording(Localizer.Designer).Describe(FlowDiff.Compare(before, after)).Select(s => s.Text).ToList();
    }

    private static string Named(string xml) => xml.Replace("name=\"Site survey\"", "name=\"现场勘查\"");

    [Fact]
    public void A_shorter_sla_in_working_days_and_a_lower_threshold_read_as_sentences()
    {
        var words = Words(Named(Bpmn.SurveyFlow()), Named(Bpmn.SurveyFlow(sla: "P5D", threshold: "80000")));

        Assert.Equal(["现场勘查时限 7 → 5 个工作日", "审批金额阈值（超过需副总审批） 100,000 → 80,000 元"], words);
    }

    [Fact]
    public void The_same_change_reads_in_english_on_an_english_page()
    {
        var words = Words(Named(Bpmn.SurveyFlow()), Named(Bpmn.SurveyFlow(sla: "P5D")), "en");

        Assert.Equal(["现场勘查 time limit 7 → 5 working days"], words);
    }

    [Fact]
    public void A_change_of_unit_names_both_units()
    {
        var days = Named(Bpmn.SurveyFlow(sla: "P2D")).Replace(" orc:calendar=\"working-days\"", "");

        Assert.Equal(["现场勘查时限 7 个工作日 → 48 小时"], Words(Named(Bpmn.SurveyFlow()), Named(Bpmn.SurveyFlow(sla: "PT48H")).Replace(" orc:calendar=\"working-days\"", "")));
        Assert.Equal(["现场勘查时限 7 个工作日 → 2 天"], Words(Named(Bpmn.SurveyFlow()), days));
    }

    [Fact]
    public void An_overdue_timer_is_named_by_the_step_it_watches()
    {
        var words = Words(Named(Bpmn.SurveyFlow(extra: string.Format(SurveyTimer, "P7D"))), Named(Bpmn.SurveyFlow(extra: string.Format(SurveyTimer, "P5D"))));

        Assert.Equal(["现场勘查超时计时 7 → 5 个工作日"], words);
    }

    [Fact]
    public void Added_and_removed_steps_are_named_by_kind_and_name()
    {
        var timer = string.Format(SurveyTimer, "P3D");

        Assert.Equal(["新增边界事件“超时”"], Words(Bpmn.SurveyFlow(), Bpmn.SurveyFlow(extra: timer)));
        Assert.Equal(["删除边界事件“超时”"], Words(Bpmn.SurveyFlow(extra: timer), Bpmn.SurveyFlow()));
    }

    [Fact]
    public void Departments_are_named_and_an_unknown_setting_keeps_its_name_and_values()
    {
        var moved = Named(Bpmn.SurveyFlow()).Replace("candidateGroups=\"design-office\"", "candidateGroups=\"business-office\"");
        var input = Named(Bpmn.SurveyFlow()).Replace("<zeebe:taskHeaders>", """<zeebe:ioMapping><zeebe:input source="=amount" target="budget" /></zeebe:ioMapping><zeebe:taskHeaders>""");

        Assert.Equal(["现场勘查办理部门 设计室 → 营业所"], Words(Named(Bpmn.SurveyFlow()), moved));
        Assert.Equal(["现场勘查的input:budget 无 → =amount"], Words(Named(Bpmn.SurveyFlow()), input));
    }
}
