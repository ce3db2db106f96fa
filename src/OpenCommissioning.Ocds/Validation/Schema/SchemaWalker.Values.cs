using System.Globalization;
using System.Text.Json;

namespace OpenCommissioning.Ocds.Validation.Schema;

internal sealed partial class SchemaWalker
{
    private void CheckString(JsonElement value, SchemaNode node)
    {
        // Reading the text allocates, so do it only when some keyword needs it: most strings have none.
        var needsText = node.Pattern is not null || node.Format != StringFormat.None || node.CodelistCodes is not null
            || node.MinLength > 1 || node.MaxLength is not null;
        if (!needsText)
        {
            if (value.ValueEquals(ReadOnlySpan<byte>.Empty)) ReportEmptyString(value, node);
            return;
        }

        var text = value.GetString()!;
        if (text.Length == 0) ReportEmptyString(value, node);
        else
        {
            var length = text.EnumerateRunes().Count();
            if (node.MinLength is { } min && length < min)
                Report("schema.minLength", value, $"This text is {length} characters long, but it needs at least {min}.");
            if (node.MaxLength is { } max && length > max)
                Report("schema.maxLength", value, $"This text is {length} characters long, but it may have at most {max}.");
        }
        // An empty string is still checked: "" is not a date, nor a code in a closed codelist.
        if (node.Pattern is { } pattern && !pattern.IsMatch(text))
            Report("schema.pattern", value, $"'{FindingSink.Describe(value)}' does not match the pattern {pattern}.");
        if (node.Format != StringFormat.None && !Formats.IsValid(node.Format, text))
            Report("schema.format", value, Formats.Explain(node.Format, FindingSink.Describe(value)!));
        if (node.CodelistCodes is { } codes) CheckCode(value, text, node, codes);
    }

    private void ReportEmptyString(JsonElement value, SchemaNode node)
    {
        if (node.MinLength >= 1)
            Report("schema.minLength", value, "This text is empty, but it needs at least one character.");
        else
            Report("ocds.empty-string", Severity.Warning, value, "This text is empty; leave the field out instead.");
    }

    private void CheckNumber(JsonElement value, SchemaNode node)
    {
        if (node.Minimum is null && node.Maximum is null) return;
        var number = value.GetDouble();
        if (node.Minimum is { } min && (node.ExclusiveMinimum ? number <= min : number < min))
            Report("schema.minimum", value, node.ExclusiveMinimum
                ? $"This number must be more than {Show(min)}."
                : $"This number must be at least {Show(min)}.");
        if (node.Maximum is { } max && (node.ExclusiveMaximum ? number >= max : number > max))
            Report("schema.maximum", value, node.ExclusiveMaximum
                ? $"This number must be less than {Show(max)}."
                : $"This number must be at most {Show(max)}.");
    }

    private static string Show(double number) => number.ToString(CultureInfo.InvariantCulture);

    private void CheckCodelistItems(JsonElement array, SchemaNode node)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            path.Push(index++);
            if (item.ValueKind == JsonValueKind.String)
                CheckCode(item, item.GetString()!, node, node.CodelistCodes!);
            path.Pop();
        }
    }

    private void CheckCode(JsonElement value, string code, SchemaNode node, HashSet<string> codes)
    {
        if (codes.Contains(code)) return;
        if (node.OpenCodelist)
            Report("ocds.open-codelist", Severity.Note, value,
                $"'{code}' is not in the open codelist {node.Codelist}. That is allowed, but check that no listed code fits.");
        else
            Report("ocds.closed-codelist", Severity.Error, value,
                $"'{code}' is not a code in the closed codelist {node.Codelist}.");
    }

    private void ReportDeprecated(string why)
    {
        var field = path.Field();
        sink.ReportGrouped("ocds.deprecated", Severity.Warning, field, () =>
            new Finding("ocds.deprecated", Severity.Warning, path.ToString(), null,
                $"'{field}' is deprecated: {why}"));
    }

    private void ReportAdditional(string name)
    {
        var field = path.Field();
        sink.ReportGrouped("ocds.additional-field", Severity.Warning, field, () =>
            new Finding("ocds.additional-field", Severity.Warning, path.ToString(), name,
                $"'{field}' is not in the schema or the declared extensions; check its spelling or declare its extension."));
    }

    private void CheckOneOf(JsonElement value, SchemaNode[] branches)
    {
        var errors = branches.Select(b => TrialErrors(value, b)).ToArray();
        var passing = errors.Count(e => e == 0);
        if (passing == 1)
        {
            // Walk the matching branch for real so that its OCDS findings (additional fields and so on) are kept.
            Walk(value, branches[Array.IndexOf(errors, 0)]);
            return;
        }
        if (passing > 1)
        {
            Report("schema.oneOf", value, "This matches more than one of the shapes allowed here, but it must match exactly one.");
            return;
        }
        Report("schema.oneOf", value, "This matches none of the shapes allowed here; the problems with the closest are listed.");
        Walk(value, branches[Array.IndexOf(errors, errors.Min())]);
    }

    private void CheckAnyOf(JsonElement value, SchemaNode[] branches)
    {
        var errors = branches.Select(b => TrialErrors(value, b)).ToArray();
        if (errors.Any(e => e == 0)) return;
        Report("schema.anyOf", value, "This matches none of the shapes allowed here; the problems with the closest are listed.");
        Walk(value, branches[Array.IndexOf(errors, errors.Min())]);
    }

    private int TrialErrors(JsonElement value, SchemaNode branch)
    {
        var (wasTrial, before) = (sink.Trial, sink.TrialErrors);
        sink.Trial = true;
        sink.TrialErrors = 0;
        Walk(value, branch);
        var errors = sink.TrialErrors;
        (sink.Trial, sink.TrialErrors) = (wasTrial, before);
        return errors;
    }
}
