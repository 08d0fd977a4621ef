using Orchestrator.Host.Components.Shared;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Tests.Components.Shared;

public sealed class TaskFormDraftTests
{
    [Fact]
    public void What_was_typed_comes_back_as_the_inputs_hold_it()
    {
        var form = TaskFormCatalog.Find("construction-done")!;
        var budget = TaskFormCatalog.Find("budget")!;
        var typed = new Dictionary<string, object?> { ["completedOn"] = new DateTime(2026, 11, 20), ["note"] = "按期完工" };
        var amounts = new Dictionary<string, object?> { ["amount"] = 86000.5m, ["depositAmount"] = "三千" };

        var back = new Dictionary<string, object?>();
        TaskFormDraft.Read(form, TaskFormDraft.Write(typed), back);
        var backAmounts = new Dictionary<string, object?>();
        TaskFormDraft.Read(budget, TaskFormDraft.Write(amounts), backAmounts);

        Assert.Equal(new DateTime(2026, 11, 20), back["completedOn"]);
        Assert.Equal("按期完工", back["note"]);
        Assert.Equal(86000.5m, backAmounts["amount"]);
        Assert.Equal("三千", backAmounts["depositAmount"]);
    }
}
