namespace OpenCommissioning.Organisations;

/// <summary>
/// The outcome of checking a registration: field-keyed messages in form order (the order the GOV.UK error
/// summary lists them), and the typed registration when there are none.
/// </summary>
public sealed class OrganisationRegistrationValidation
{
    internal OrganisationRegistrationValidation(
        IReadOnlyList<KeyValuePair<string, string>> errors,
        OrganisationIdentifier? identifier,
        OrganisationRegistration? registration)
    {
        ErrorsInOrder = errors;
        Errors = errors.ToDictionary(e => e.Key, e => e.Value);
        Identifier = identifier;
        Registration = errors.Count == 0 ? registration : null;
    }

    /// <summary>Message per field, keyed by the <see cref="OrganisationRegistrationInput"/> property name.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public IReadOnlyList<KeyValuePair<string, string>> ErrorsInOrder { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The identifier, when the register and number were valid, even if other fields were not.</summary>
    public OrganisationIdentifier? Identifier { get; }

    public OrganisationRegistration? Registration { get; }
}
