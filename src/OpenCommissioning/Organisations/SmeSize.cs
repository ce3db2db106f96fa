namespace OpenCommissioning.Organisations;

/// <summary>Enterprise size under the UK SME definition; Unknown until staff and money figures are given.</summary>
public enum SmeSize
{
    Unknown,
    Micro,
    Small,
    Medium,
    Large,
}
