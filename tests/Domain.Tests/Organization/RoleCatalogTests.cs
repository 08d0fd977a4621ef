using System.Reflection;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Domain.Tests.Organization;

public class RoleCatalogTests
{
    [Fact]
    public void Every_role_constant_has_display_names()
    {
        var codes = typeof(Roles).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.Equal(codes.Order(), RoleCatalog.All.Select(r => r.Code).Order());
        Assert.Equal(14, RoleCatalog.All.Count);
    }

    [Theory]
    [InlineData(Roles.Clerk, "zh-CN", "客服中心受理员")]
    [InlineData(Roles.VicePresident, "zh-CN", "分管副总经理")]
    [InlineData(Roles.DutyManager, "en", "Service-center duty manager")]
    [InlineData("unknown-role", "zh-CN", "unknown-role")]
    public void Display_names_follow_the_culture(string code, string culture, string expected) =>
        Assert.Equal(expected, RoleCatalog.DisplayName(code, culture));
}
