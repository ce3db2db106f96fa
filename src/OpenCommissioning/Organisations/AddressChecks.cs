namespace OpenCommissioning.Organisations;

/// <summary>Checks the registered address and website fields of the registration form.</summary>
internal static class AddressChecks
{
    public static OrganisationAddress? Check(OrganisationRegistrationInput input, Action<string, string> addError)
    {
        var line1 = input.AddressLine1?.Trim() ?? string.Empty;
        var town = input.Town?.Trim() ?? string.Empty;
        var valid = true;

        if (line1.Length == 0)
        {
            addError(nameof(input.AddressLine1), "Enter address line 1, typically the building and street");
            valid = false;
        }
        else if (line1.Length > OrganisationAddress.LineMaxLength)
        {
            addError(nameof(input.AddressLine1), $"Address line 1 must be {OrganisationAddress.LineMaxLength} characters or fewer");
            valid = false;
        }

        if (town.Length == 0)
        {
            addError(nameof(input.Town), "Enter town or city");
            valid = false;
        }
        else if (town.Length > OrganisationAddress.TownMaxLength)
        {
            addError(nameof(input.Town), $"Town or city must be {OrganisationAddress.TownMaxLength} characters or fewer");
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(input.Postcode))
        {
            addError(nameof(input.Postcode), "Enter postcode");
            valid = false;
        }
        else if (!UkPostcode.IsValid(input.Postcode))
        {
            addError(nameof(input.Postcode), UkPostcode.FormatMessage);
            valid = false;
        }

        return valid ? new OrganisationAddress(line1, town, input.Postcode!) : null;
    }

    /// <summary>The website as an absolute https or http address, adding https:// when it was left off.</summary>
    public static string? CheckWebsite(string? typed, Action<string, string> addError)
    {
        var trimmed = typed?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return null;
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        var valid = Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && !trimmed.Any(char.IsWhiteSpace);
        if (!valid)
        {
            addError(nameof(OrganisationRegistrationInput.Website), "Enter a website address in the correct format, like www.example.org.uk");
            return null;
        }

        if (withScheme.Length > Organisation.WebsiteMaxLength)
        {
            addError(nameof(OrganisationRegistrationInput.Website), $"Website address must be {Organisation.WebsiteMaxLength} characters or fewer");
            return null;
        }

        return uri!.AbsoluteUri;
    }
}
