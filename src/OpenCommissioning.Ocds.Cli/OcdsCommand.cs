using System.CommandLine;
using OpenCommissioning.Ocds.Cli.Commands;

namespace OpenCommissioning.Ocds.Cli;

/// <summary>The <c>ocds</c> command: its subcommands, and the one entry that the program and the tests both call.</summary>
public static class OcdsCommand
{
    /// <summary>Runs the command line and gives the exit code: 0 when all went well, 1 when something in the input was
    /// wrong (and reported), 2 when an input could not be read at all.</summary>
    public static int Run(string[] args, CommandConsole console)
    {
        var root = new RootCommand("Compile, validate and package Open Contracting Data Standard (OCDS) 1.1 data.")
        {
            CompileCommand.Create(console),
            ValidateCommand.Create(console),
            PackageReleasesCommand.Create(console),
            CombinePackagesCommand.CreateForReleases(console),
            CombinePackagesCommand.CreateForRecords(console),
            SplitReleasePackagesCommand.Create(console),
        };
        var output = new StreamWriter(console.Output, leaveOpen: true) { AutoFlush = true };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = console.Error });
        }
        finally
        {
            console.Output.Flush();
        }
    }

    internal static Argument<string[]> FilesArgument() => new("files")
    {
        Description = "The files to read; standard input when none is given, or for \"-\".",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal static int ExitCode(CommandConsole console, bool unreadable) =>
        unreadable ? InputFiles.Unreadable : console.ProblemCount > 0 ? 1 : 0;
}
