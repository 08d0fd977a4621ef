namespace Orchestrator.Domain.Tariffs;

public sealed class InvalidTariffException(string message) : DomainException("tariff.invalid", message);
