namespace OpenCommissioning.Organisations;

/// <summary>
/// A registration number qualified by its register, in the org-id form "GB-CHC-1123456". Only made
/// through a scheme's check, so every instance is normalised and valid; equal numbers are equal identifiers.
/// </summary>
public sealed class OrganisationIdentifier : IEquatable<OrganisationIdentifier>
{
    // Also the constructor EF Core binds to when it reads a row back.
    internal OrganisationIdentifier(string scheme, string id)
    {
        Scheme = scheme;
        Id = id;
    }

    /// <summary>The org-id register code, like "GB-CHC".</summary>
    public string Scheme { get; }

    /// <summary>The number within that register, like "1123456".</summary>
    public string Id { get; }

    public IdentifierScheme Register =>
        IdentifierSchemes.Find(Scheme) ?? throw new InvalidOperationException($"No scheme {Scheme}.");

    /// <summary>Checks a scheme code chosen from a list and a number typed beside it.</summary>
    public static IdentifierCheck Check(string? scheme, string? number)
    {
        var found = IdentifierSchemes.Find(scheme);
        return found is null
            ? IdentifierCheck.Invalid("Select the register that gave the organisation its number")
            : found.Check(number);
    }

    public static OrganisationIdentifier Create(string scheme, string number)
    {
        var check = Check(scheme, number);
        return check.Identifier ?? throw new FormatException(check.Error);
    }

    /// <summary>Reads the full form, like "GB-CHC-1123456" or "gb-coh-sc 123456".</summary>
    public static OrganisationIdentifier Parse(string text)
    {
        var check = CheckFullForm(text);
        return check.Identifier ?? throw new FormatException(check.Error);
    }

    public static bool TryParse(string? text, out OrganisationIdentifier? identifier)
    {
        identifier = CheckFullForm(text).Identifier;
        return identifier is not null;
    }

    public static IdentifierCheck CheckFullForm(string? text)
    {
        var typed = IdentifierScheme.Normalise(text);
        var scheme = IdentifierSchemes.All
            .OrderByDescending(s => s.Code.Length)
            .FirstOrDefault(s => typed.StartsWith(s.Code + "-", StringComparison.Ordinal));
        return scheme is null
            ? IdentifierCheck.Invalid("Enter an identifier that starts with its register, like GB-CHC-1123456")
            : scheme.Check(typed[(scheme.Code.Length + 1)..]);
    }

    public override string ToString() => $"{Scheme}-{Id}";

    public bool Equals(OrganisationIdentifier? other) =>
        other is not null && Scheme == other.Scheme && Id == other.Id;

    public override bool Equals(object? obj) => Equals(obj as OrganisationIdentifier);

    public override int GetHashCode() => HashCode.Combine(Scheme, Id);
}
