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

    [Theory]
    [InlineData("110105194912310021", IdNumberFaultKind.CheckCharacter, "X")]
    [InlineData("11010519491231002", IdNumberFaultKind.Length, "17")]
    [InlineData("1101051949123100AX", IdNumberFaultKind.Characters, "1101051949123100AX")]
    [InlineData("11010519491331002X", IdNumberFaultKind.BirthDate, "19491331")]
    public void The_fault_names_what_to_correct_so_a_page_can_say_it_in_its_language(string id, IdNumberFaultKind kind, string detail) =>
        Assert.Equal(new IdNumberFault(kind, detail), ResidentIdNumber.Fault(id));

    [Fact]
    public void A_credit_code_fault_names_the_letter_that_cannot_appear() =>
        Assert.Equal(new IdNumberFault(IdNumberFaultKind.Characters, "O"), SocialCreditCode.Fault("91370800MA3C5OXX1Y"));
}
