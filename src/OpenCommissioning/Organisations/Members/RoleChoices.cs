using OpenCommissioning.Platform.Components;

namespace OpenCommissioning.Organisations.Members;

/// <summary>The roles offered for an organisation's kind as radios, and reading the one chosen back safely.</summary>
public static class RoleChoices
{
    public const string Missing = "Select the role they will have";

    public static IEnumerable<ChoiceItem> For(OrganisationKind kind) => OrganisationRoles.For(kind)
        .Select(r => new ChoiceItem(r.ToString(), r.DisplayName()) { HintText = r.Hint() });

    /// <summary>
    /// The role posted, when it is one offered to this kind of organisation. Names only: Enum.TryParse would
    /// also accept numbers such as "0", which no radio ever posts.
    /// </summary>
    public static OrganisationRole? Read(string? posted, OrganisationKind kind) =>
        OrganisationRoles.For(kind).Select(r => (OrganisationRole?)r).FirstOrDefault(r => r.ToString() == posted);
}
