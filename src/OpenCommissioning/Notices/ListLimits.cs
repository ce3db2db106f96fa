namespace OpenCommissioning.Notices;

/// <summary>
/// How many of each repeated answer a notice form accepts. Without a cap one post could store thousands of rows and
/// make every page and release of the notice slow. The caps sit well above real notices: Find a Tender notices rarely
/// have more than a few dozen lots, a handful of CPV codes, or postcodes beyond a town's worth; a wider area is a region.
/// Regions and suitability need no cap: only the listed choices are kept, once each. Documents to withdraw are capped by
/// the documents the notice has; consortium members by <see cref="AwardDetails.MaxConsortiumMembers"/>.
/// </summary>
public static class ListLimits
{
    public const int Lots = 50;
    public const int Postcodes = 100;
    /// <summary>Per notice draft: at 25 MB each, an uncapped count would let one draft fill the disk.</summary>
    public const int Documents = 50;
    /// <summary>Per notice, and again per lot.</summary>
    public const int CpvCodes = 20;
    /// <summary>
    /// Different codes across a notice and all its lots: search keeps them in one column of 2,000 characters, 9 a
    /// code, so 50 lots of 20 codes each would not fit. Real notices name a few dozen at most.
    /// </summary>
    public const int CpvCodesInAll = 200;

    public static readonly string TooManyLots = $"You can add up to {Lots} lots to a notice. Combine some lots, or publish a separate notice";
    public static readonly string TooManyPostcodes = $"Enter up to {Postcodes} postcodes. For a wider area, select its regions instead";
    public static readonly string TooManyDocuments = $"A notice can have up to {Documents} documents. Remove one, or put related documents in one file, before you upload another";
    public static readonly string TooManyCpvCodes = $"Enter up to {CpvCodes} CPV codes. Choose the codes that best describe the work; a code includes the codes beneath it";

    public static string TooManyCpvCodesInLot(int lot) =>
        $"Enter up to {CpvCodes} CPV codes for lot {lot}. Choose the codes that best describe the lot; a code includes the codes beneath it";

    public static string TooManyCpvCodesInAll(int lot) =>
        $"A notice and its lots can have up to {CpvCodesInAll} different CPV codes in all, and lot {lot} takes them over. Use fewer, broader codes; a code includes the codes beneath it";
}
