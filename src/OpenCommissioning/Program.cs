using OpenCommissioning.Accounts;
using OpenCommissioning.Harvesting;
using OpenCommissioning.Notices;
using OpenCommissioning.OpenData;
using OpenCommissioning.Opportunities;
using OpenCommissioning.Opportunities.Upkeep;
using OpenCommissioning.Organisations;
using OpenCommissioning.Platform;
using OpenCommissioning.Platform.Data;
using OpenCommissioning.Platform.Health;
using OpenCommissioning.Platform.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformLogging();
builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddOrganisations();
builder.Services.AddOpenData();
builder.Services.AddNotices();
builder.Services.AddOpportunities();
builder.Services.AddHarvesting(builder.Configuration);

var app = builder.Build();

if (args.FirstOrDefault() == "migrate")
{
    await DatabaseMigrator.MigrateAsync(app.Services);
    Console.WriteLine("The database is up to date.");
    return;
}
if (args.FirstOrDefault() == ReorderSearchCommand.Name)
{
    Environment.ExitCode = await ReorderSearchCommand.RunAsync(app.Services, Console.Out, Console.Error);
    return;
}
if (DatabaseSetup.Mode(app.Configuration) == DatabaseMode.Embedded)
    await EmbeddedStart.PrepareAsync(app.Services, app.Configuration);
if (args.FirstOrDefault() == "import")
{
    Environment.ExitCode = await HarvestImport.RunAsync(app.Services, args.Skip(1).ToList(), Console.Out, Console.Error);
    return;
}

app.UsePlatform();
TwoFactorRequirement.UseTwoFactorRequirement(app);
app.MapPlatformHealth();
app.MapOpenData();
app.MapRazorPages();
app.MapOpportunities();
app.MapNotFound();
app.Run();

public partial class Program;
