using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Ledger;

/// <summary>A company's receipt register (票据登记簿), opened on first use with a prefix from the company's code.</summary>
public static class ReceiptRegisters
{
    public static async Task<ReceiptRegister> ForAsync(OrchestratorDbContext db, Guid companyId, CancellationToken ct)
    {
        if (await db.ReceiptRegisters.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.CompanyId == companyId, ct) is { } register) return register;
        var code = await db.Companies.IgnoreQueryFilters().Where(c => c.Id == companyId).Select(c => c.Code).SingleAsync(ct);
        register = ReceiptRegister.Open(companyId, new string([.. code.Where(char.IsLetterOrDigit).Take(6)]) + "-");
        db.ReceiptRegisters.Add(register);
        return register;
    }
}
