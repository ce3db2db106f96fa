namespace OpenCommissioning.Organisations;

/// <summary>
/// Checks a registration form field by field and says, in GOV.UK error-message style, what is wrong and how
/// to fix it. Never throws for bad input: a page re-renders with every message at once.
/// </summary>
public static class OrganisationRegistrationValidator
{
    private sealed class Errors : List<KeyValuePair<string, string>>
    {
        public void Add(string field, string message)
        {
            if (!this.Any(e => e.Key == field))
            {
                Add(new KeyValuePair<string, string>(field, message));
            }
        }
    }

    /// <param name="input">The values as typed.</param>
    /// <param name="isAlreadyRegistered">Answers whether another organisation holds the identifier; the
    /// database's unique index still guards the race between this check and saving.</param>
    public static OrganisationRegistrationValidation Validate(
        OrganisationRegistrationInput input, Func<OrganisationIdentifier, bool>? isAlreadyRegistered = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Errors();

        if (input.Kind is null)
        {
            errors.Add(nameof(input.Kind), "Select whether the organisation is a buyer or a provider");
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(nameof(input.Name), "Enter the organisation's name");
        }
        else if (name.Length > Organisation.NameMaxLength)
        {
            errors.Add(nameof(input.Name), $"Organisation name must be {Organisation.NameMaxLength} characters or fewer");
        }

        if (input.LegalForm is null)
        {
            errors.Add(nameof(input.LegalForm), "Select the organisation's legal form");
        }
        else if (input.Kind is { } kind && !input.LegalForm.Value.AllowedFor(kind))
        {
            errors.Add(nameof(input.LegalForm), "Select Public body: a buyer must be a public body, such as a council or NHS body");
        }

        var identifier = CheckIdentifier(input, errors, isAlreadyRegistered);
        var staff = ReadStaff(input.StaffCount, errors);
        var turnover = ReadPounds(input.AnnualTurnover, nameof(input.AnnualTurnover), "Turnover", errors);
        var balanceSheet = ReadPounds(input.BalanceSheetTotal, nameof(input.BalanceSheetTotal), "Balance sheet total", errors);
        var address = AddressChecks.Check(input, errors.Add);
        var website = AddressChecks.CheckWebsite(input.Website, errors.Add);

        var registration = errors.Count == 0
            ? new OrganisationRegistration(input.Kind!.Value, name, input.LegalForm!.Value, identifier,
                staff, turnover, balanceSheet, address!, website)
            : null;
        return new OrganisationRegistrationValidation(errors, identifier, registration);
    }

    public static string AlreadyRegisteredMessage(OrganisationIdentifier identifier) =>
        $"An organisation with {identifier.Register.NumberName} {identifier.Id} is already registered: "
        + "ask its organisation administrator to invite you";

    private static OrganisationIdentifier? CheckIdentifier(
        OrganisationRegistrationInput input, Errors errors, Func<OrganisationIdentifier, bool>? isAlreadyRegistered)
    {
        var schemeGiven = !string.IsNullOrWhiteSpace(input.Scheme);
        var numberGiven = !string.IsNullOrWhiteSpace(input.Number);
        if (!schemeGiven && !numberGiven)
        {
            if (input.LegalForm is { } form && RegistrationRules.RequiresIdentifier(form))
            {
                errors.Add(nameof(input.Scheme), "Select the register that gave the organisation its number");
            }

            return null;
        }

        var scheme = IdentifierSchemes.Find(input.Scheme);
        if (scheme is null)
        {
            errors.Add(nameof(input.Scheme), "Select the register that gave the organisation its number");
            return null;
        }

        if (input.Kind is { } kind && !scheme.IsUsableBy(kind))
        {
            errors.Add(nameof(input.Scheme), RegistrationRules.KindMismatchMessage(kind));
            return null;
        }

        if (input.LegalForm is { } legalForm && RegistrationRules.MismatchMessage(legalForm, scheme) is { } mismatch)
        {
            errors.Add(nameof(input.Scheme), mismatch);
            return null;
        }

        var check = scheme.Check(input.Number);
        if (check.Identifier is null)
        {
            errors.Add(nameof(input.Number), check.Error!);
        }
        else if (isAlreadyRegistered?.Invoke(check.Identifier) == true)
        {
            errors.Add(nameof(input.Number), AlreadyRegisteredMessage(check.Identifier));
        }

        return check.Identifier;
    }

    private static int? ReadStaff(string? typed, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (!TypedNumbers.TryReadWholeNumber(typed, out var staff))
        {
            errors.Add(nameof(OrganisationRegistrationInput.StaffCount), "Number of staff must be a whole number, like 25");
            return null;
        }

        if (staff < 0)
        {
            errors.Add(nameof(OrganisationRegistrationInput.StaffCount), "Number of staff must be 0 or more");
        }

        return staff;
    }

    private static decimal? ReadPounds(string? typed, string field, string label, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (!TypedNumbers.TryReadPounds(typed, out var pounds))
        {
            errors.Add(field, $"{label} must be a number, like 250000");
            return null;
        }

        if (pounds < 0)
        {
            errors.Add(field, $"{label} must be £0 or more");
        }

        return pounds;
    }
}
