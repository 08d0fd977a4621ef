using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Persistence;

/// <summary>Account numbers are stored as their 10 digits; reading one back re-checks the check digit.</summary>
internal sealed class AccountNumberConverter() : ValueConverter<AccountNumber, string>(
    number => number.Value,
    digits => AccountNumber.Parse(digits));
