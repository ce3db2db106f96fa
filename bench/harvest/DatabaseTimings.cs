using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCommissioning.Harvest.Bench;

/// <summary>
/// Listens to EF Core's diagnostic events to split the harvest's time: inside SaveChanges (change detection,
/// command building, its INSERTs and UPDATEs), the page's set-based INSERTs of releases and sightings (raw SQL, which
/// raises the same command events), the commit, and the look-up queries made while offering releases. The harvester
/// reads pages one after another, so one flag is enough to tell which side a command falls on.
/// </summary>
public sealed class DatabaseTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private readonly Stopwatch saving = new();
    private readonly Stopwatch committingInSave = new();
    private readonly Stopwatch committingOutside = new();
    private readonly Stopwatch opening = new();
    private bool inSave;

    public DatabaseTimings() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public bool Enabled { get; set; }
    public TimeSpan SaveChanges => saving.Elapsed;
    public TimeSpan SaveCommands { get; private set; }
    public int SaveCommandCount { get; private set; }
    /// <summary>The release store's multi-row INSERTs, written outside SaveChanges in the page's transaction.</summary>
    public TimeSpan Writes { get; private set; }
    public int WriteCount { get; private set; }
    public TimeSpan Queries { get; private set; }
    public int QueryCount { get; private set; }
    public int Saves { get; private set; }
    /// <summary>
    /// The commit of each page's transaction, which EF reports apart from its commands: inside SaveChanges when it
    /// opens its own transaction, outside when the intake opened one around the page's writes and SaveChanges.
    /// </summary>
    public TimeSpan Commits => CommitsInsideSave + CommitsOutsideSave;
    public TimeSpan CommitsInsideSave => committingInSave.Elapsed;
    public TimeSpan CommitsOutsideSave => committingOutside.Elapsed;
    public int CommitCount { get; private set; }
    /// <summary>Taking a connection from the pool, once per query outside a transaction and once per save.</summary>
    public TimeSpan ConnectionOpens => opening.Elapsed;
    public int ConnectionOpenCount { get; private set; }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (listeners) listeners.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (!Enabled) return;
        if (e.Key == CoreEventId.SaveChangesStarting.Name) { inSave = true; Saves++; saving.Start(); }
        else if (e.Key == CoreEventId.SaveChangesCompleted.Name || e.Key == CoreEventId.SaveChangesFailed.Name) { saving.Stop(); inSave = false; }
        else if (e.Key == RelationalEventId.TransactionCommitting.Name) { CommitCount++; (inSave ? committingInSave : committingOutside).Start(); }
        else if (e.Key == RelationalEventId.TransactionCommitted.Name || e.Key == RelationalEventId.TransactionError.Name)
        {
            committingInSave.Stop();
            committingOutside.Stop();
        }
        else if (e.Key == RelationalEventId.ConnectionOpening.Name) { ConnectionOpenCount++; opening.Start(); }
        else if (e.Key == RelationalEventId.ConnectionOpened.Name || e.Key == RelationalEventId.ConnectionError.Name) opening.Stop();
        else if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData executed)
        {
            if (inSave) { SaveCommands += executed.Duration; SaveCommandCount++; }
            else if (executed.Command.CommandText.StartsWith("INSERT", StringComparison.Ordinal)) { Writes += executed.Duration; WriteCount++; }
            else { Queries += executed.Duration; QueryCount++; }
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners) listeners.ForEach(l => l.Dispose());
    }
}
