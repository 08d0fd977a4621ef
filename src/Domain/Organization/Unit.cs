namespace Orchestrator.Domain.Organization;

/// <summary>A unit of a company with its own inbox: service center, business office, design office, ...</summary>
public sealed class Unit
{
    private Unit()
    {
        Code = "";
        Name = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public UnitKind Kind { get; private set; }

    public static Unit Create(Guid companyId, string code, string name, UnitKind kind) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Code = Require.Text(code, "unit code", 32),
        Name = Require.Text(name, "unit name"),
        Kind = Require.Defined(kind, "unit kind"),
    };
}
