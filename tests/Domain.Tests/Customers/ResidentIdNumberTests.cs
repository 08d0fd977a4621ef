using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Tests.Customers;

public class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    [InlineData("11010120000101001", '0')]
    public void Check_character_follows_mod_11_2(string first17, char expected) =>
        Assert.Equal(expected, ResidentIdNumber.CheckCharacter(first17));

    [Fact]
    public void A_correct_number_has_no_problem() => Assert.Null(ResidentIdNumber.Problem("11010519491231002X"));

    [Theory]
    [InlineData("110105194912310021", "last character should be X")]
    [InlineData("110105194912310020", "last character should be X")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("1101051949123100AX", "17 digits")]
    [InlineData("11010519491331002X", "not a birth date")]
    public void A_wrong_number_is_explained(string id, string reason) =>
        Assert.Contains(reason, ResidentIdNumber.Problem(id));

    [Fact]
    public void Every_single_digit_typo_in_the_body_is_caught()
    {
        const string valid = "44052418800101001" + "4";
        for (var position = 0; position < 17; position++)
            foreach (var digit in "0123456789".Where(d => d != valid[position]))
            {
                var typo = valid[..position] + digit + valid[(position + 1)..];
                Assert.NotNull(ResidentIdNumber.Problem(typo));
            }
    }
}
