namespace OpenCommissioning.Organisations;

/// <summary>The legal structure an organisation declares; VCSE status is derived from it, never ticked.</summary>
public enum LegalForm
{
    Charity,
    CharitableIncorporatedOrganisation,
    CharitableCompany,
    CommunityInterestCompany,
    CompanyLimitedByGuarantee,
    CompanyLimitedByShares,
    CooperativeSociety,
    CommunityBenefitSociety,
    Mutual,
    LimitedLiabilityPartnership,
    Partnership,
    SoleTrader,
    PublicBody,
    UnincorporatedAssociation,
    Other,
}
