using System.ComponentModel.DataAnnotations;
using System.Globalization;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform.Reference;
using OpenCommissioning.Platform.Layout;

namespace OpenCommissioning.Notices;

public sealed record FieldError(string Field, string Message);

/// <summary>
/// Checks a posted tender form into <see cref="NoticeDetails"/>, with one specific message per field. The field
/// names are the form's ("Input.Title"), so the page can put each message beside its field.
/// </summary>
public sealed class TenderValidation(NoticeOptions options)
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 10_000;
    public const int ReasonMaxLength = 1_000;

    /// <param name="buyer">The organisation drafting, whose own minimum tender periods apply.</param>
    public (NoticeDetails? Details, IReadOnlyList<FieldError> Errors) Check(TenderInput input, DateTimeOffset now, Organisation buyer)
    {
        var errors = new List<FieldError>();
        // Checks below name fields in full ("Input.Amount"); here a bare property name is enough.
        void Error(string field, string message) => errors.Add(new(field.StartsWith("Input.", StringComparison.Ordinal) ? field : "Input." + field, message));

        var title = Text(input.Title);
        if (title.Length == 0) Error(nameof(input.Title), "Enter a title for the notice");
        else if (title.Length > TitleMaxLength) Error(nameof(input.Title), $"Title must be {TitleMaxLength} characters or fewer");
        var description = Text(input.Description).ReplaceLineEndings("\n");
        if (description.Length == 0) Error(nameof(input.Description), "Enter a description of what you are buying");
        else if (description.Length > DescriptionMaxLength) Error(nameof(input.Description), $"Description must be {DescriptionMaxLength:N0} characters or fewer");

        var (cpv, cpvError) = CpvChoice.Read(input.CpvCodes);
        if (cpvError is not null) Error(nameof(input.CpvCodes), cpvError);

        var nationwide = input.Regions.Contains(RegionChoice.Nationwide);
        var (regions, regionError) = RegionChoice.Read(input.Regions);
        if (regionError is not null) Error(nameof(input.Regions), regionError);
        var postcodes = new List<string>();
        var typedPostcodes = (input.Postcodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (typedPostcodes.Length > ListLimits.Postcodes) { Error(nameof(input.Postcodes), ListLimits.TooManyPostcodes); typedPostcodes = []; }
        foreach (var typed in typedPostcodes)
        {
            if (UkPostcode.Normalise(typed) is { } postcode) postcodes.Add(postcode);
            else { Error(nameof(input.Postcodes), $"'{typed}' is not a UK postcode. Enter full postcodes separated by commas, like SW1A 2AA, LS1 4AP"); break; }
        }
        if (!nationwide && regions.Count == 0 && postcodes.Count == 0 && errors.All(e => e.Field is not ("Input.Postcodes" or "Input.Regions")))
            Error(nameof(input.Regions), "Select where the service will be delivered, or enter postcodes, or select nationwide");

        var value = CheckValue(input, Error);
        var (start, end) = CheckContractDates(input, Error);

        if (!Enum.TryParse<Procedure>(input.Procedure, out var procedure) || !Enum.IsDefined(procedure) || int.TryParse(input.Procedure, out _))
            Error(nameof(input.Procedure), "Select the procedure");

        var lots = LotValidation.Check(input.Lots, cpv, Error);
        var type = DraftTypes.Read(input.NoticeType);
        if (type is null) Error(nameof(input.NoticeType), "Select the kind of notice");
        DateOnly? approach = null;
        DateTimeOffset? deadline = null;
        if (type == NoticeType.Pipeline)
        {
            if (!input.ApproachToMarket.TryGetDate(out var a))
                Error(nameof(input.ApproachToMarket), input.ApproachToMarket.IsEmpty ? "Enter when you expect to go to market" : "Approach to market date must be a real date, like 1 9 2027");
            // A pipeline notice tells of a future opportunity; one whose market approach has passed tells of nothing.
            else if (a < DateOnly.FromDateTime(UkTime.ToUk(now).DateTime)) Error(nameof(input.ApproachToMarket), "Approach to market date must be today or in the future");
            else if (NoticeDates.OutOfRange(a, "Approach to market date") is { } outOfRange) Error(nameof(input.ApproachToMarket), outOfRange);
            else approach = a;
        }
        else deadline = DeadlineValidation.Check(input, now, options.MinimumFor(procedure, buyer), procedure, Error);
        if (type == NoticeType.SubContractOpportunity && string.IsNullOrWhiteSpace(input.ParentOcid))
            Error(nameof(input.ParentOcid), "Enter the ocid of the contract this sub-contract is part of, like ocds-oc0001-1a2b3c");
        else if ((input.ParentOcid ?? "").Trim().Length > 100) Error(nameof(input.ParentOcid), "Parent contract ocid must be 100 characters or fewer");

        var contact = new ContactPoint(Text(input.ContactName), Text(input.ContactEmail), Text(input.ContactPhone));
        if (contact.Name.Length == 0) Error(nameof(input.ContactName), "Enter the name of the person or team to contact");
        else if (contact.Name.Length > 200) Error(nameof(input.ContactName), "Contact name must be 200 characters or fewer");
        if (contact.Email.Length == 0) Error(nameof(input.ContactEmail), "Enter the contact email address");
        else if (!new EmailAddressAttribute().IsValid(contact.Email) || contact.Email.Length > 256)
            Error(nameof(input.ContactEmail), "Enter an email address in the correct format, like name@example.com");
        if (contact.Phone.Length > 0 && (contact.Phone.Count(char.IsAsciiDigit) is < 10 or > 15 || contact.Phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '(' or ')' or '-'))))
            Error(nameof(input.ContactPhone), "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");

        if (errors.Count > 0) return (null, errors);
        return (new NoticeDetails
        {
            ApproachToMarket = approach, Title = title, Description = description, CpvCodes = cpv, Nationwide = nationwide, RegionCodes = regions,
            Postcodes = postcodes, Value = value, ContractStart = start, ContractEnd = end, Procedure = procedure, Lots = lots,
            Deadline = deadline, SuitableForSme = input.Suitability.Contains("sme"), SuitableForVcse = input.Suitability.Contains("vcse"),
            ShortPeriodReason = NullIfEmpty(input.ShortPeriodReason), Contact = contact,
        }, errors);
    }

    private static NoticeValue CheckValue(TenderInput input, Action<string, string> error)
    {
        switch (input.ValueKind)
        {
            case "amount":
                var amount = Money.Read(input.Amount, "Input.Amount", "the value", error);
                return new(amount, null, null);
            case "range":
                var min = Money.Read(input.Minimum, "Input.Minimum", "the lowest value", error);
                var max = Money.Read(input.Maximum, "Input.Maximum", "the highest value", error);
                if (min is not null && max is not null && min > max) error("Input.Maximum", "The highest value must be more than the lowest value");
                return new(null, min, max);
            case "unknown":
                return new(null, null, null);
            default:
                error("Input.ValueKind", "Select whether you know the value of the contract");
                return new(null, null, null);
        }
    }

    private static (DateOnly?, DateOnly?) CheckContractDates(TenderInput input, Action<string, string> error)
    {
        DateOnly? start = null, end = null;
        if (!input.ContractStart.TryGetDate(out var s))
        {
            if (!input.ContractStart.IsEmpty) error("Input.ContractStart", "Contract start date must be a real date, like 1 4 2027");
        }
        else if (NoticeDates.OutOfRange(s, "Contract start date") is { } startOutOfRange) error("Input.ContractStart", startOutOfRange);
        else start = s;
        if (!input.ContractEnd.TryGetDate(out var e))
        {
            if (!input.ContractEnd.IsEmpty) error("Input.ContractEnd", "Contract end date must be a real date, like 31 3 2030");
        }
        else if (NoticeDates.OutOfRange(e, "Contract end date") is { } endOutOfRange) error("Input.ContractEnd", endOutOfRange);
        else end = e;
        if (start is not null && end is not null && end <= start) error("Input.ContractEnd", "Contract end date must be after the start date");
        return (start, end);
    }

    private static string Text(string? value) => (value ?? "").Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal static class Money
{
    public static decimal? Read(string? typed, string field, string what, Action<string, string> error)
    {
        var text = (typed ?? "").Trim().TrimStart('£').Replace(",", "");
        if (text.Length == 0) { error(field, $"Enter {what} in pounds"); return null; }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || decimal.Round(amount, 2) != amount)
        { error(field, $"Enter {what} as an amount in pounds, like 250000 or 250000.50"); return null; }
        if (amount <= 0 || amount >= 1_000_000_000_000m) { error(field, $"Enter {what} between £0.01 and £999,999,999,999"); return null; }
        return amount;
    }
}
