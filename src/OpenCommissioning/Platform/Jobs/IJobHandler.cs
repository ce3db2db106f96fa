namespace OpenCommissioning.Platform.Jobs;

/// <summary>Does one kind of job. Throwing means "try again later"; after the last attempt the job is marked failed.</summary>
public interface IJobHandler
{
    string Kind { get; }
    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
