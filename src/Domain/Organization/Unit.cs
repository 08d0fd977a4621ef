namespace Orchestrator.Domain.Organization;

/// <summary>A unit of a company with its own inbox: service center, business office, design office, ...</summary>
public sealed class Unit
{
    private Unit()
    {
        Code = "";
        Name = "";
        ServedAreas = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public UnitKind Kind { get; private set; }

    /// <summary>
    /// For a business office, the districts it serves (the start of an account's address, e.g. 城东区),
    /// stored as ",城东区,高新区,": its business-office work is only for accounts there.
    /// </summary>
    public string ServedAreas { get; private set; }

    public IReadOnlyList<string> AreaList() => ServedAreas.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Sets the districts a business office serves; other units serve no area.</summary>
    public void Serve(IEnumerable<string> areas)
    {
        var list = areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        if (list.Count > 0 && Kind != UnitKind.BusinessOffice)
            throw new InvalidValueException("served areas", $"Only a business office serves areas; {Name} is a {Kind}.")
            {
                TextKey = "served-areas.not-office", Arguments = [Name, Kind],
            };
        if (list.Any(a => a.Contains(',') || a.Length > 32))
            throw new InvalidValueException("served areas", "An area is a district name of at most 32 characters, without commas.")
            {
                TextKey = "served-areas.format",
            };
        ServedAreas = list.Count == 0 ? "" : $",{string.Join(',', list)},";
    }

    public static Unit Create(Guid companyId, string code, string name, UnitKind kind) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Code = Require.Text(code, "unit code", 32),
        Name = Require.Text(name, "unit name"),
        Kind = Require.Defined(kind, "unit kind"),
    };
}
