namespace OpenCommissioning.Notices;

/// <summary>
/// The shortest tender period a buyer allows for a procedure without a reason, and whether it is the buyer's own
/// figure or the service's default: the message for a shorter period says which, so a drafter knows whose rule it is.
/// </summary>
public sealed record MinimumPeriod(int Days, bool IsBuyers)
{
    public string DaysText => Days == 1 ? "1 day" : $"{Days} days";
}
