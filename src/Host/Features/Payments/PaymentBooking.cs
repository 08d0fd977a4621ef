using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Payments;

/// <summary>
/// Books a checked payment for a known company and turns the ledger's refusals (above what is owed plus
/// the ceiling, a key reused with another amount) into problems naming the field; nothing is booked then.
/// </summary>
public sealed class PaymentBooking(PaymentCallbackService payments, IStringLocalizer<SharedResource> l)
{
    public async Task<PaymentOutcome> BookAsync(PaymentCallback payment, CancellationToken cancellationToken)
    {
        try
        {
            return PaymentOutcome.Success(await payments.HandleAsync(payment, cancellationToken));
        }
        catch (PaymentAboveOwedException above)
        {
            return PaymentOutcome.Invalid("amount",
                l["Payment_AmountAboveOwed", above.Amount, above.Owed.ToString("0.00"), above.Ceiling.ToString("0.00"), (above.Owed + above.Ceiling).ToString("0.00")]);
        }
        catch (IdempotencyKeyConflictException conflict)
        {
            return PaymentOutcome.Invalid("idempotencyKey", l["Payment_KeyConflict", conflict.FirstAmount, payment.Amount]);
        }
        catch (DomainException other) when (other.Code == "payment.idempotency-conflict")
        {
            return PaymentOutcome.Invalid("idempotencyKey", l["Payment_KeyOfAnotherCompany"]);
        }
    }
}
