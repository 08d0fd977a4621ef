using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Tests.Customers;

public class CustomerTests
{
    private static readonly Guid Company = Guid.NewGuid();

    [Fact]
    public void A_person_is_registered_with_a_checked_resident_id()
    {
        var customer = Customer.Register(Company, CustomerKind.Person, "张三", "11010519491231002x", ["13800138000"]);

        Assert.Equal("11010519491231002X", customer.IdNumber);
        Assert.Equal(Company, customer.CompanyId);
        Assert.Equal(new[] { "13800138000" }, customer.Phones);
    }

    [Fact]
    public void A_person_with_a_wrong_check_character_is_refused()
    {
        var error = Assert.Throws<InvalidIdNumberException>(() =>
            Customer.Register(Company, CustomerKind.Person, "张三", "110105194912310021", []));

        Assert.Equal("id-number.invalid", error.Code);
        Assert.Contains("110105194912310021", error.Message);
    }

    [Fact]
    public void An_organisation_uses_a_unified_social_credit_code()
    {
        var customer = Customer.Register(Company, CustomerKind.Organisation, "某某物业公司", "91350100M000100Y43", []);

        Assert.Equal(CustomerKind.Organisation, customer.Kind);
    }

    [Theory]
    [InlineData("91350100M000100I43", "'I' cannot appear")]
    [InlineData("91350100M000100Y4", "18 characters")]
    public void An_organisation_code_with_bad_characters_or_length_is_refused(string code, string reason)
    {
        var error = Assert.Throws<InvalidIdNumberException>(() =>
            Customer.Register(Company, CustomerKind.Organisation, "某某公司", code, []));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Phones_are_normalised_and_kept_once()
    {
        var customer = Customer.Register(Company, CustomerKind.Person, "李四", "11010519491231002X", ["138 0013 8000", "0537-1234567"]);

        customer.AddPhone("13800138000");
        customer.RemovePhone("0537-1234567");

        Assert.Equal(new[] { "13800138000" }, customer.Phones);
    }

    [Fact]
    public void A_phone_with_letters_is_refused() =>
        Assert.Throws<InvalidValueException>(() =>
            Customer.Register(Company, CustomerKind.Person, "李四", "11010519491231002X", ["call me"]));

    [Fact]
    public void A_blank_name_names_the_field()
    {
        var error = Assert.Throws<InvalidValueException>(() =>
            Customer.Register(Company, CustomerKind.Person, " ", "11010519491231002X", []));

        Assert.Equal("customer name", error.Field);
        Assert.Equal("customer-name.invalid", error.Code);
    }
}
