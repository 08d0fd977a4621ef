using System.Text;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Demo;

/// <summary>Valid-looking, fictitious ID numbers for demo customers (check character computed, never a real person).</summary>
internal sealed class DemoIdentityNumbers(Random random)
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public string ResidentId()
    {
        var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 55));
        var first17 = $"110105{born:yyyyMMdd}{random.Next(100, 999)}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public string SocialCreditCode()
    {
        var code = new StringBuilder("91110105");
        while (code.Length < 18) code.Append(CreditCodeAlphabet[random.Next(CreditCodeAlphabet.Length)]);
        return code.ToString();
    }
}
