using Orchestrator.Domain.Organization;

namespace Orchestrator.Domain.Tests.Organization;

public class OrganizationTests
{
    [Fact]
    public void A_group_holds_companies_and_a_company_holds_units()
    {
        var group = Group.Create("JX", "嘉祥水务集团");
        var company = WaterCompany.Create(group.Id, "JXGY", "嘉祥公用水务有限公司");
        var unit = Unit.Create(company.Id, "YYS-01", "城区营业所", UnitKind.BusinessOffice);

        Assert.Equal(group.Id, company.GroupId);
        Assert.Equal(company.Id, unit.CompanyId);
        Assert.Equal(UnitKind.BusinessOffice, unit.Kind);
    }

    [Fact]
    public void A_unit_needs_a_company_and_a_known_kind()
    {
        Assert.Equal("company", Assert.Throws<InvalidValueException>(() =>
            Unit.Create(Guid.Empty, "X", "X", UnitKind.DesignOffice)).Field);
        Assert.Throws<InvalidValueException>(() => Unit.Create(Guid.NewGuid(), "X", "X", (UnitKind)42));
    }
}
