namespace OpenCommissioning.Notices;

/// <summary>The notices a procurement publishes over its life, in the glossary's words.</summary>
public enum NoticeType
{
    Pipeline,
    Tender,
    Award,
    Contract,
    SubContractOpportunity,
    Cancellation,
}

/// <summary>A draft may change; a published notice never does (a change is an amendment, a new notice).</summary>
public enum NoticeStatus
{
    Draft,
    Published,
}

/// <summary>How the buyer will run the competition; the minimum tender period follows from it.</summary>
public enum Procedure
{
    Open,
    Restricted,
    BelowThreshold,
}

public static class NoticeWords
{
    public static string DisplayName(this NoticeType type) => type switch
    {
        NoticeType.Pipeline => "Pipeline notice",
        NoticeType.Tender => "Tender notice",
        NoticeType.Award => "Award notice",
        NoticeType.Contract => "Contract notice",
        NoticeType.SubContractOpportunity => "Sub-contract opportunity",
        NoticeType.Cancellation => "Cancellation notice",
        _ => type.ToString(),
    };

    public static string DisplayName(this Procedure procedure) => procedure switch
    {
        Procedure.Open => "Open procedure",
        Procedure.Restricted => "Restricted procedure",
        Procedure.BelowThreshold => "Below threshold",
        _ => procedure.ToString(),
    };
}
