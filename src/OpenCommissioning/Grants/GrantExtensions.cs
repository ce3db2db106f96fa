namespace OpenCommissioning.Grants;

/// <summary>
/// The OCDS extensions a grant release uses, to declare with it when it is stored or published. None today: a
/// grant is written with core OCDS 1.1 fields only (docs/decisions/0004-grants-as-ocds.md), so any OCDS tool can
/// read it; the list is kept so an extension added later travels with the releases.
/// </summary>
public static class GrantExtensions
{
    public static IReadOnlyList<string> Urls { get; } = [];
}
