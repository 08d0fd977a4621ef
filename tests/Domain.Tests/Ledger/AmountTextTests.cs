using Orchestrator.Domain.Ledger;

namespace Orchestrator.Domain.Tests.Ledger;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("120000", 120000)]
    [InlineData("120,000", 120000)]
    [InlineData("1,234,567.89", 1234567.89)]
    [InlineData("12万", 120000)]
    [InlineData("12.5万", 125000)]
    [InlineData("0.85万", 8500)]
    [InlineData(" 12 万 ", 120000)]
    [InlineData("128500元", 128500)]
    [InlineData("¥1,200", 1200)]
    [InlineData("１２．５万", 125000)]
    [InlineData("120，000", 120000)]
    [InlineData("86000.5", 86000.5)]
    [InlineData("-3", -3)]
    public void Reads_what_people_write_at_the_counter_as_yuan(string text, decimal yuan)
    {
        Assert.True(AmountText.TryParse(text, out var parsed));
        Assert.Equal(yuan, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("十二万")]
    [InlineData("12w")]
    [InlineData("12万5")]
    [InlineData("1,20,000")]
    [InlineData("12,00")]
    [InlineData("12..5")]
    [InlineData("abc")]
    [InlineData("12万万")]
    [InlineData("99999999999999999999999999999万")]
    public void Refuses_anything_else_instead_of_reading_it_as_zero(string? text)
    {
        Assert.False(AmountText.TryParse(text, out var parsed));
        Assert.Equal(0, parsed);
    }

    [Fact]
    public void Writes_the_amount_back_with_thousands_and_fen() => Assert.Equal("128,500.00", AmountText.Format(128500m));
}
