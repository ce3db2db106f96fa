using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCommissioning.Grants;

/// <summary>Reads 360Giving values (texts, amounts, dates) and says plainly what is wrong with one that cannot be read.</summary>
internal static class GrantValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] PartialDateFormats = ["yyyy-MM", "yyyy"];

    public static string? Text(JsonNode? parent, string name)
    {
        var node = parent?[name];
        if (node is not JsonValue value || value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number)) return null;
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>An amount of money: a JSON number that is not negative and fits a decimal.</summary>
    public static decimal? Amount(JsonNode? parent, string name, string words, List<string> problems)
    {
        var node = parent?[name];
        if (node is null) { problems.Add($"The grant has no {words} ({name})."); return null; }
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            if (!value.TryGetValue<decimal>(out var amount) && !decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out amount))
            {
                problems.Add($"The {words} {value.ToJsonString()} is not a number that can be read as money.");
                return null;
            }
            if (amount < 0) { problems.Add($"The {words} {amount.ToString(CultureInfo.InvariantCulture)} is negative; a grant's amount cannot be below zero."); return null; }
            return amount;
        }
        var shown = node is JsonValue { } v && v.GetValueKind() == JsonValueKind.String ? $"\"{v.GetValue<string>()}\"" : node.ToJsonString();
        problems.Add($"The {words} {shown} is not a number; write it in figures without commas or a currency sign, like 5000.");
        return null;
    }

    /// <summary>A date or date and time, as 360Giving's awardDate and dateModified allow; a date alone is midnight UTC.</summary>
    public static DateTimeOffset? Date(JsonNode? parent, string name, string words, List<string> problems, bool required)
    {
        var text = Text(parent, name);
        if (text is null)
        {
            if (required) problems.Add($"The grant has no {words} ({name}).");
            return null;
        }
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)))
            return date.ToUniversalTime();
        problems.Add($"The {words} \"{text}\" is not a date; write it as YYYY-MM-DD, like 2024-03-31.");
        return null;
    }

    /// <summary>
    /// A planned date, which 360Giving lets publishers give as a year or a month only: the start of a period is
    /// taken as its first day, the end as its last. Days are kept at midnight UTC, so in UK time they stay the
    /// day written (the end of a day in UTC is the next day in British Summer Time).
    /// </summary>
    public static DateTimeOffset? PlannedDate(JsonNode? parent, string name, bool isEnd, List<string> problems)
    {
        var text = Text(parent, name);
        if (text is null) return null;
        if (DateTimeOffset.TryParseExact(text, PartialDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var partial))
        {
            partial = partial.ToUniversalTime();
            return !isEnd ? partial : (text.Length == 4 ? partial.AddYears(1) : partial.AddMonths(1)).AddDays(-1);
        }
        return Date(parent, name, isEnd ? "planned end date" : "planned start date", problems, required: false);
    }

    public static string Ocds(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
