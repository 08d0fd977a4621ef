namespace Orchestrator.Domain.Customers;

public enum IdNumberFaultKind
{
    /// <summary>Not 18 characters; <see cref="IdNumberFault.Detail"/> is the length found.</summary>
    Length,

    /// <summary>A character that cannot appear there; the detail is the character (or the whole text for a resident ID).</summary>
    Characters,

    /// <summary>The resident ID's birth date is not a date; the detail is the 8 digits read.</summary>
    BirthDate,

    /// <summary>The check character does not match; the detail is the one expected.</summary>
    CheckCharacter,
}

/// <summary>Why a resident ID number or a unified social credit code is not valid, with the detail a clerk needs to correct it.</summary>
public sealed record IdNumberFault(IdNumberFaultKind Kind, string Detail);
