using System.Text.Json.Nodes;
using static OpenCommissioning.Opportunities.OpportunityProjection;

namespace OpenCommissioning.Opportunities;

/// <summary>
/// Recognises a grant among compiled releases and reads its recipient, funder and programme. A release is a grant
/// when its tender's procurementMethodDetails is "Grant", as the 360Giving import writes it
/// (docs/decisions/0004-grants-as-ocds.md); the amount is the award's value, read like any other.
/// </summary>
public static class GrantProjection
{
    public const string Marker = "Grant";

    public static bool IsGrant(JsonObject compiled) => Text(compiled["tender"]?["procurementMethodDetails"]) == Marker;

    public static void Apply(Opportunity target, JsonObject compiled)
    {
        if (!IsGrant(compiled))
        {
            target.Kind = OpportunityKind.Contract;
            target.GrantRecipient = target.GrantFunder = target.GrantProgramme = null;
            return;
        }
        target.Kind = OpportunityKind.Grant;
        var award = Objects(compiled["awards"]).FirstOrDefault();
        target.GrantRecipient = Objects(award?["suppliers"]).Select(s => Text(s["name"])).FirstOrDefault(n => n is not null);
        target.GrantFunder = target.BuyerName;
        var budget = compiled["planning"]?["budget"];
        target.GrantProgramme = Text(budget?["project"]) ?? Text(budget?["description"]);
    }
}
