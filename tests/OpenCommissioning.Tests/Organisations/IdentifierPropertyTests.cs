using CsCheck;
using OpenCommissioning.Organisations;

namespace OpenCommissioning.Tests.Organisations;

public class IdentifierPropertyTests
{
    private static readonly Gen<string> Typed = Gen.String[Gen.Char["0123456789ABCSNIOCPRabcsnio -£,."], 0, 12];

    private static readonly Gen<IdentifierScheme> Schemes = Gen.OneOf(IdentifierSchemes.All.ToArray());

    [Fact]
    public void Check_ForAnyTypedText_NeverThrowsAndGivesIdentifierOrMessage()
    {
        Gen.Select(Schemes, Typed).Sample((scheme, typed) =>
        {
            var check = scheme.Check(typed);
            return check.IsValid ? check.Error is null : !string.IsNullOrWhiteSpace(check.Error);
        });
    }

    [Fact]
    public void Parse_OfAnIdentifiersOwnText_GivesTheSameIdentifier()
    {
        Gen.Select(Schemes, Typed).Sample((scheme, typed) =>
        {
            var identifier = scheme.Check(typed).Identifier;
            return identifier is null || OrganisationIdentifier.Parse(identifier.ToString()).Equals(identifier);
        });
    }

    [Fact]
    public void Check_IsUnchangedBySpacesAndCase()
    {
        Gen.Select(Schemes, Typed).Sample((scheme, typed) =>
        {
            var spaced = " " + string.Join(" ", typed.ToLowerInvariant().ToCharArray()) + " ";
            return scheme.Check(typed).Identifier?.ToString() == scheme.Check(spaced).Identifier?.ToString();
        });
    }

    [Fact]
    public void CompanyNumber_WhenDigitsOnly_IsAlwaysPaddedToEightCharacters()
    {
        Gen.Int[0, 99_999_999].Sample(number =>
        {
            var identifier = IdentifierSchemes.CompaniesHouse.Check(number.ToString()).Identifier!;
            return identifier.Id.Length == 8 && int.Parse(identifier.Id) == number;
        });
    }
}
