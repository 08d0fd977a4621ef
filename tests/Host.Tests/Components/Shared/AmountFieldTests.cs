using Bunit;
using Orchestrator.Host.Components.Shared;
using Orchestrator.Host.Tests.Features;

namespace Orchestrator.Host.Tests.Components.Shared;

public sealed class AmountFieldTests : ComponentTest
{
    private decimal? value = -1;

    private IRenderedComponent<AmountField> Render() =>
        Render<AmountField>(p => p.Add(f => f.Label, "实收金额").Add(f => f.ValueChanged, v => value = v));

    [Fact]
    public void Twelve_and_a_half_wan_is_read_as_125000_yuan_and_said_back()
    {
        var field = Render();

        field.Find("input").Input("12.5万");

        Assert.Equal(125000m, value);
        Assert.Contains("即 125,000.00 元", field.Markup);
        Assert.DoesNotContain("不是金额", field.Markup);
    }

    [Fact]
    public void Text_that_is_not_an_amount_stays_in_the_box_and_is_refused_naming_the_field()
    {
        var field = Render();

        field.Find("input").Input("十二万");

        Assert.Null(value);
        Assert.Equal("十二万", field.Find("input").GetAttribute("value"));
        Assert.Contains("实收金额：“十二万”不是金额。请填写如 120000、120,000、12万 或 12.5万。", field.Markup);
    }
}
