namespace OpenCommissioning.Organisations;

/// <summary>
/// One org-id register (such as GB-CHC) and the shape of its numbers. Numbers are normalised before
/// they are checked, so "sc 012345" and "SC012345" become the same identifier and cannot be registered twice.
/// </summary>
public sealed class IdentifierScheme
{
    private readonly Func<string, string?> toCanonical;
    private readonly Func<string, string?>? explain;

    internal IdentifierScheme(
        string code,
        string title,
        string registerName,
        string numberName,
        string example,
        string formatMessage,
        OrganisationKind[] usableBy,
        Func<string, string?> toCanonical,
        Func<string, string?>? explain = null)
    {
        Code = code;
        Title = title;
        RegisterName = registerName;
        NumberName = numberName;
        Example = example;
        FormatMessage = formatMessage;
        UsableBy = usableBy;
        this.toCanonical = toCanonical;
        this.explain = explain;
    }

    /// <summary>The org-id prefix, like "GB-CHC".</summary>
    public string Code { get; }

    /// <summary>The register's name as people know it, written to sit mid-sentence ("the Charity Commission for England and Wales").</summary>
    public string Title { get; }

    /// <summary>The register's name, as its org-id.guide entry gives it.</summary>
    public string RegisterName { get; }

    /// <summary>What people call the number, like "Charity Commission number".</summary>
    public string NumberName { get; }

    public string Example { get; }

    /// <summary>The message shown when a number does not fit this register's format.</summary>
    public string FormatMessage { get; }

    public IReadOnlyList<OrganisationKind> UsableBy { get; }

    public bool IsUsableBy(OrganisationKind kind) => UsableBy.Contains(kind);

    public IdentifierCheck Check(string? number)
    {
        var typed = Normalise(number);
        if (typed.Length == 0)
        {
            return IdentifierCheck.Invalid($"Enter the {NumberName}");
        }

        // People often paste the full identifier, like GB-CHC-1123456, into the number box.
        if (typed.StartsWith(Code + "-", StringComparison.Ordinal))
        {
            typed = typed[(Code.Length + 1)..];
        }

        var canonical = toCanonical(typed);
        return canonical is null
            ? IdentifierCheck.Invalid(explain?.Invoke(typed) ?? FormatMessage)
            : IdentifierCheck.Valid(new OrganisationIdentifier(Code, canonical));
    }

    /// <summary>Trims, removes every space and upper-cases, as registers print numbers in capitals.</summary>
    public static string Normalise(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public override string ToString() => Code;
}
