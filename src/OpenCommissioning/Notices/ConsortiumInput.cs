using OpenCommissioning.Organisations;

namespace OpenCommissioning.Notices;

/// <summary>One row of the award form's consortium members, as typed; a row left blank is no member.</summary>
public sealed class ConsortiumMemberInput
{
    public string? Name { get; set; }
    public string? Identifier { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Identifier);
}

/// <summary>Checks the consortium rows of the award form: each named, within length, on a known register, and not named twice.</summary>
internal static class ConsortiumInput
{
    public static IReadOnlyList<ConsortiumMember> Read(IReadOnlyList<ConsortiumMemberInput> rows, string leadName, string? leadIdentifier,
        Action<string, string> error)
    {
        var members = new List<ConsortiumMember>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { leadName.Trim() };
        if (leadIdentifier is not null) seen.Add(leadIdentifier);
        var filled = rows.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).ToList();
        if (filled.Count > AwardDetails.MaxConsortiumMembers)
            error($"Members[{filled[AwardDetails.MaxConsortiumMembers].index}].Name", $"You can name up to {AwardDetails.MaxConsortiumMembers} other members");
        foreach (var (row, index) in filled.Take(AwardDetails.MaxConsortiumMembers))
        {
            var key = $"Members[{index}]";
            var name = (row.Name ?? "").Trim();
            var identifier = string.IsNullOrWhiteSpace(row.Identifier) ? null : row.Identifier.Trim();
            if (name.Length == 0) { error($"{key}.Name", $"Enter the name of consortium member {index + 1}"); continue; }
            if (name.Length > Organisation.NameMaxLength) { error($"{key}.Name", $"Name of consortium member {index + 1} must be {Organisation.NameMaxLength} characters or fewer"); continue; }
            if (identifier is not null && OrganisationIdentifier.CheckFullForm(identifier).Error is { } idError) { error($"{key}.Identifier", idError); continue; }
            var normalised = identifier is null ? null : OrganisationIdentifier.Parse(identifier).ToString();
            if (!seen.Add(name) || (normalised is not null && !seen.Add(normalised)))
            {
                error($"{key}.Name", $"{name} is already named as a provider of this award");
                continue;
            }
            members.Add(new ConsortiumMember(name, normalised));
        }
        return members;
    }
}
