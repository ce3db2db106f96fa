namespace OpenCommissioning.Organisations;

/// <summary>The outcome of checking a typed registration number: the identifier, or why it is wrong.</summary>
public sealed record IdentifierCheck
{
    private IdentifierCheck(OrganisationIdentifier? identifier, string? error)
    {
        Identifier = identifier;
        Error = error;
    }

    public OrganisationIdentifier? Identifier { get; }

    /// <summary>A GOV.UK-style message saying what is wrong and how to put it right.</summary>
    public string? Error { get; }

    public bool IsValid => Identifier is not null;

    internal static IdentifierCheck Valid(OrganisationIdentifier identifier) => new(identifier, null);

    internal static IdentifierCheck Invalid(string error) => new(null, error);
}
