namespace Orchestrator.Domain.Organization;

/// <summary>A water company (水司). Its Id is the CompanyId every business record carries.</summary>
public sealed class WaterCompany
{
    private WaterCompany()
    {
        Code = "";
        Name = "";
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }

    public static WaterCompany Create(Guid groupId, string code, string name) => new()
    {
        Id = Guid.NewGuid(),
        GroupId = Require.Id(groupId, "group"),
        Code = Require.Text(code, "company code", 32),
        Name = Require.Text(name, "company name"),
    };
}
