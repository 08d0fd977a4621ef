namespace Orchestrator.Domain.Organization;

/// <summary>A water group (集团) holding several water companies.</summary>
public sealed class Group
{
    private Group()
    {
        Code = "";
        Name = "";
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }

    public static Group Create(string code, string name) => new()
    {
        Id = Guid.NewGuid(),
        Code = Require.Text(code, "group code", 32),
        Name = Require.Text(name, "group name"),
    };
}
