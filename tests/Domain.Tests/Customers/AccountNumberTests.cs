using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Tests.Customers;

public class AccountNumberTests
{
    private const string Sample = "1234567894";

    [Theory]
    [InlineData(1, "0000000013")]
    [InlineData(12345, "0000123459")]
    [InlineData(123456789, "1234567894")]
    public void FromSerial_appends_the_damm_check_digit(long serial, string expected)
    {
        var number = AccountNumber.FromSerial(serial);

        Assert.Equal(expected, number.Value);
        Assert.Equal(serial, number.Serial);
    }

    [Fact]
    public void Damm_matches_the_published_example() => Assert.Equal(4, DammCheckDigit.Compute("572"));

    [Fact]
    public void Parse_accepts_a_valid_number_and_trims_spaces()
    {
        Assert.Equal(AccountNumber.FromSerial(123456789), AccountNumber.Parse(" 1234567894 "));
    }

    [Fact]
    public void Every_single_digit_substitution_is_rejected()
    {
        var rejected = 0;
        for (var position = 0; position < Sample.Length; position++)
            foreach (var digit in "0123456789".Where(d => d != Sample[position]))
            {
                var typo = Sample[..position] + digit + Sample[(position + 1)..];
                Assert.False(AccountNumber.TryParse(typo, out _), typo);
                rejected++;
            }
        Assert.Equal(90, rejected);
    }

    [Fact]
    public void Every_adjacent_transposition_is_rejected_for_many_serials()
    {
        for (long serial = 1; serial <= AccountNumber.MaxSerial; serial += 9_999_991)
        {
            var text = AccountNumber.FromSerial(serial).Value;
            for (var i = 0; i < text.Length - 1; i++)
            {
                if (text[i] == text[i + 1]) continue;
                var swapped = text[..i] + text[i + 1] + text[i] + text[(i + 2)..];
                Assert.False(AccountNumber.TryParse(swapped, out _), swapped);
            }
        }
    }

    [Fact]
    public void The_quasigroup_catches_every_adjacent_swap_after_any_prefix()
    {
        // Row 0 of the table is a permutation, so one leading digit reaches every interim value.
        foreach (var lead in "0123456789")
            for (var x = '0'; x <= '9'; x++)
                for (var y = '0'; y <= '9'; y++)
                    if (x != y)
                        Assert.NotEqual(DammCheckDigit.Compute($"{lead}{x}{y}"), DammCheckDigit.Compute($"{lead}{y}{x}"));
    }

    [Theory]
    [InlineData("123456789", "10 digits")]
    [InlineData("12345678940", "10 digits")]
    [InlineData("", "10 digits")]
    [InlineData("12345678A4", "digits only")]
    [InlineData("1234-67894", "digits only")]
    [InlineData("1234567895", "check")]
    [InlineData("0000000000", "never issued")]
    public void Parse_rejects_with_the_input_and_the_reason(string input, string reason)
    {
        var error = Assert.Throws<InvalidAccountNumberException>(() => AccountNumber.Parse(input));

        Assert.Equal("account-number.invalid", error.Code);
        Assert.Equal(input, error.Input);
        Assert.Contains(reason, error.Reason);
        Assert.Contains($"'{input}'", error.Message);
    }

    [Fact]
    public void Parse_rejects_null() =>
        Assert.Throws<InvalidAccountNumberException>(() => AccountNumber.Parse(null));

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000_000)]
    public void FromSerial_rejects_serials_outside_nine_digits(long serial) =>
        Assert.Throws<InvalidValueException>(() => AccountNumber.FromSerial(serial));
}
