using Bunit;
using Microsoft.AspNetCore.Components;
using Orchestrator.Host.Components.Shared;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class TaskFormViewTests : ComponentTest
{
    private IReadOnlyDictionary<string, object?>? submitted;

    private IRenderedComponent<TaskFormView> Render(string formKey) =>
        Render<TaskFormView>(p => p
            .Add(f => f.Form, TaskFormCatalog.Find(formKey)!)
            .Add(f => f.OnSubmit, EventCallback.Factory.Create<IReadOnlyDictionary<string, object?>>(this, v => submitted = new Dictionary<string, object?>(v))));

    [Fact]
    public void Draws_one_input_per_field_of_the_catalog_form_with_chinese_labels()
    {
        var form = Render("budget");

        Assert.Equal("budget", form.Find("[data-testid=task-form]").GetAttribute("data-form"));
        Assert.Equal(["amount", "depositAmount", "note"], form.FindAll("[data-field]").Select(f => f.GetAttribute("data-field")));
        // One asterisk: the input's required style draws it; the label text carries none of its own.
        Assert.Equal("工程预算金额（元）", form.Find("[data-field=amount] label").TextContent.Trim());
        Assert.Contains("mud-input-required", form.Find("[data-field=amount] .mud-input-control").ClassName);
        Assert.DoesNotContain("*", form.Find("[data-field=note] label").TextContent);
    }

    [Fact]
    public void A_missing_required_field_is_shown_and_nothing_is_sent()
    {
        var form = Render("budget");

        form.Find("[data-testid=complete-task]").Click();

        Assert.Null(submitted);
        Assert.Contains("必填", form.Find("[data-field=amount]").TextContent);
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        var form = Render("budget");

        form.Find("[data-field=amount] input").Input("-5");
        form.Find("[data-testid=complete-task]").Click();

        Assert.Null(submitted);
        Assert.Contains("金额不能为负", form.Find("[data-field=amount]").TextContent);
    }

    [Fact]
    public void An_amount_in_wan_is_sent_in_yuan()
    {
        var form = Render("budget");

        form.Find("[data-field=amount] input").Input("12万");
        form.Find("[data-testid=complete-task]").Click();

        Assert.Equal(120000m, submitted!["amount"]);
    }

    [Fact]
    public void Valid_values_are_sent()
    {
        var form = Render("budget");

        form.Find("[data-field=amount] input").Input("86000.50");
        form.Find("[data-testid=complete-task]").Click();

        Assert.NotNull(submitted);
        Assert.Equal(86000.50m, submitted!["amount"]);
    }

    [Fact]
    public void A_checkbox_field_needs_no_value()
    {
        var form = Render("survey");

        form.Find("[data-field=feasible] input").Change(true);
        form.Find("[data-testid=complete-task]").Click();

        Assert.NotNull(submitted);
        Assert.Equal(true, submitted!["feasible"]);
    }

    [Fact]
    public void A_step_not_yet_claimed_shows_its_form_to_read_with_nothing_to_complete()
    {
        var form = Render<TaskFormView>(p => p
            .Add(f => f.Form, TaskFormCatalog.Find("budget")!)
            .Add(f => f.Disabled, true)
            .Add(f => f.ShowSubmit, false));

        Assert.Empty(form.FindAll("[data-testid=complete-task]"));
        Assert.All(form.FindAll("[data-field] input"), input => Assert.True(input.HasAttribute("disabled")));
    }

    [Fact]
    public void A_completion_date_in_the_future_is_refused_with_a_message()
    {
        var form = Render("construction-done");
        var tomorrow = Orchestrator.Domain.Calendar.ChinaTime.DateOf(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd");

        form.Find("[data-field=completedOn] input").Change(tomorrow);
        form.Find("[data-testid=complete-task]").Click();

        Assert.Null(submitted);
        Assert.Contains("日期不能晚于今天", form.Find("[data-field=completedOn]").TextContent);
    }
}
