using Orchestrator.Domain.Organization;

namespace Orchestrator.Domain.Tests.Organization;

public class CandidateGroupsTests
{
    [Fact]
    public void The_bpmn_candidate_groups_are_known()
    {
        Assert.Equal(
            new[] { "service-center", "duty-manager", "business-office", "business-office-manager", "design-office", "construction", "leader", "vice-president" },
            CandidateGroups.All.Select(g => g.Code));
        Assert.True(CandidateGroups.IsKnown("design-office"));
        Assert.False(CandidateGroups.IsKnown("Design-Office"));
        Assert.False(CandidateGroups.IsKnown("finance"));
    }

    [Theory]
    [InlineData("service-center", UnitKind.ServiceCenter, Roles.Clerk)]
    [InlineData("duty-manager", UnitKind.ServiceCenter, Roles.DutyManager)]
    [InlineData("business-office-manager", UnitKind.BusinessOffice, Roles.BusinessOfficeManager)]
    [InlineData("construction", UnitKind.ConstructionUnit, Roles.Construction)]
    [InlineData("vice-president", UnitKind.Leadership, Roles.VicePresident)]
    public void Each_group_maps_to_a_unit_kind_and_a_role(string code, UnitKind kind, string role)
    {
        var group = CandidateGroups.Find(code);

        Assert.Equal(new CandidateGroup(code, kind, role), group);
    }

    [Fact]
    public void Every_candidate_group_role_is_in_the_catalog() =>
        Assert.All(CandidateGroups.All, g => Assert.NotNull(RoleCatalog.Find(g.Role)));
}
