namespace Orchestrator.Domain.Customers;

/// <summary>
/// The person or organisation (客户) behind one or more accounts; each account links back by CustomerId.
/// </summary>
public sealed class Customer
{
    private List<string> phones = [];

    private Customer()
    {
        Name = "";
        IdNumber = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public CustomerKind Kind { get; private set; }
    public string Name { get; private set; }

    /// <summary>Resident ID for a person, unified social credit code for an organisation; upper case.</summary>
    public string IdNumber { get; private set; }

    public IReadOnlyList<string> Phones => phones;

    /// <summary>Where notices go by mail, when the customer gave an address.</summary>
    public string? Email { get; private set; }

    public static Customer Register(
        Guid companyId, CustomerKind kind, string name, string idNumber, IEnumerable<string> phones)
    {
        var customer = new Customer
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            Kind = Require.Defined(kind, "customer kind"),
            Name = Require.Text(name, "customer name"),
            IdNumber = CheckedIdNumber(kind, idNumber),
        };
        foreach (var phone in phones) customer.AddPhone(phone);
        return customer;
    }

    public void Rename(string name) => Name = Require.Text(name, "customer name");

    public void ChangeEmail(string? email)
    {
        var value = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (value is not null && (value.Length > 200 || value.IndexOf('@') is < 1 || value.EndsWith('@') || value.Contains(' ')))
            throw new InvalidValueException("email", $"'{email}' is not an e-mail address.") { Arguments = [email] };
        Email = value;
    }

    public void AddPhone(string phone)
    {
        var normalized = PhoneNumber.Normalize(phone);
        if (!phones.Contains(normalized)) phones.Add(normalized);
    }

    public void RemovePhone(string phone) => phones.Remove(phone.Trim().Replace(" ", ""));

    private static string CheckedIdNumber(CustomerKind kind, string idNumber)
    {
        var id = (idNumber ?? "").Trim().ToUpperInvariant();
        var problem = kind == CustomerKind.Person ? ResidentIdNumber.Problem(id) : SocialCreditCode.Problem(id);
        return problem is null ? id : throw new InvalidIdNumberException(idNumber ?? "", problem);
    }
}
