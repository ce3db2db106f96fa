using System.Text.Json.Nodes;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Notices;

/// <summary>
/// Checks the contract a sub-contract opportunity says it belongs to: a contracting process in the release store
/// (published here or harvested from another portal) that has reached an award or a contract. A prime can only
/// sub-contract work it has won, and a mistyped ocid would link the public to nothing.
/// </summary>
public sealed class ParentContractCheck(ReleaseStore releases)
{
    public static string UnknownMessage(string ocid) => $"No notice on this service has the ocid {ocid}. Check it against the contract's notice";

    public static string NotAwardedMessage(string ocid) =>
        $"{ocid} has no award or contract yet: a sub-contract must belong to a contract that has been awarded";

    /// <summary>
    /// The error to show beside the parent ocid field, or null. Asks the database only when the form's own checks
    /// found the field well formed and the notice is a sub-contract opportunity.
    /// </summary>
    public async Task<FieldError?> CheckAsync(TenderInput input, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken = default)
    {
        const string field = "Input." + nameof(TenderInput.ParentOcid);
        var ocid = (input.ParentOcid ?? "").Trim();
        if (DraftTypes.Read(input.NoticeType) != NoticeType.SubContractOpportunity || ocid.Length == 0 || errors.Any(e => e.Field == field))
            return null;
        return await ProblemAsync(ocid, cancellationToken) is { } problem ? new(field, problem) : null;
    }

    /// <summary>Why this ocid cannot be a sub-contract's parent, or null when it can.</summary>
    public async Task<string?> ProblemAsync(string parentOcid, CancellationToken cancellationToken = default)
    {
        var compiled = await releases.CompiledReleaseAsync(parentOcid, cancellationToken);
        if (compiled is null) return UnknownMessage(parentOcid);
        return IsAwarded(compiled) ? null : NotAwardedMessage(parentOcid);
    }

    /// <summary>An award that was not cancelled or lost, or a contract that was not cancelled.</summary>
    public static bool IsAwarded(JsonObject compiled) =>
        Any(compiled["awards"], "cancelled", "unsuccessful") || Any(compiled["contracts"], "cancelled");

    private static bool Any(JsonNode? list, params string[] endedStatuses) => list is JsonArray array && array.OfType<JsonObject>()
        .Any(o => !(o["status"] is JsonValue v && v.TryGetValue<string>(out var status) && endedStatuses.Contains(status)));
}
