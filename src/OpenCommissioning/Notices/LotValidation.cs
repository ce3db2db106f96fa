namespace OpenCommissioning.Notices;

/// <summary>
/// Lots are optional; a row the buyer started must have a title, its value, if given, must be money, and its CPV
/// codes, if given, are read like the notice's (<see cref="CpvChoice.ReadForLot"/>).
/// </summary>
internal static class LotValidation
{
    public static IReadOnlyList<LotDetails> Check(IReadOnlyList<LotInput> rows, IReadOnlyList<string> noticeCodes, Action<string, string> error)
    {
        var lots = new List<LotDetails>();
        var filled = rows.Select((row, index) => (row, index)).Where(r => !r.row.IsEmpty).ToList();
        if (filled.Count > ListLimits.Lots)
        {
            // The first row over the cap carries the message, so the summary links to where the excess begins.
            error($"Input.Lots[{filled[ListLimits.Lots].index}].Title", ListLimits.TooManyLots);
            return lots;
        }
        var codesInAll = new HashSet<string>(noticeCodes);
        var overCap = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty) continue;
            var prefix = $"Input.Lots[{i}].";
            var title = (row.Title ?? "").Trim();
            if (title.Length == 0) error(prefix + "Title", $"Enter a title for lot {i + 1}");
            else if (title.Length > TenderValidation.TitleMaxLength) error(prefix + "Title", $"Lot {i + 1} title must be {TenderValidation.TitleMaxLength} characters or fewer");
            var description = (row.Description ?? "").Trim();
            if (description.Length > TenderValidation.DescriptionMaxLength) error(prefix + "Description", $"Lot {i + 1} description must be {TenderValidation.DescriptionMaxLength:N0} characters or fewer");
            decimal? value = string.IsNullOrWhiteSpace(row.Value) ? null : Money.Read(row.Value, prefix + "Value", $"the value of lot {i + 1}", error);
            var (codes, cpvError) = CpvChoice.ReadForLot(row.CpvCodes, i + 1);
            if (cpvError is not null) error(prefix + "CpvCodes", cpvError);
            codesInAll.UnionWith(codes);
            // Said once, at the lot that crosses the cap: later lots are not at fault on their own.
            if (!overCap && codesInAll.Count > ListLimits.CpvCodesInAll)
            {
                overCap = true;
                error(prefix + "CpvCodes", ListLimits.TooManyCpvCodesInAll(i + 1));
            }
            lots.Add(new LotDetails(title, description, value, row.Suitability.Contains("sme"), row.Suitability.Contains("vcse")) { CpvCodes = codes });
        }
        return lots;
    }
}
