using System.Text;

namespace Orchestrator.Bench.Reporting;

/// <summary>Prints the results as a Markdown table, ready to paste into the README's performance section.</summary>
public static class ResultTable
{
    public static string Render(IEnumerable<BenchResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | figure | target | result | notes |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var r in results)
            text.AppendLine($"| {r.Scenario} | {r.Figure} | {r.Target} | {r.Verdict} | {r.Notes} |");
        return text.ToString();
    }
}
