using Microsoft.EntityFrameworkCore;

namespace OpenCommissioning.Platform.Data;

/// <summary>
/// Chooses the database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, otherwise the embedded SQLite
/// file. Only the embedded mode migrates on start and gets demo data; production migrates as a separate step.
/// </summary>
public static class DatabaseSetup
{
    public static DatabaseMode Mode(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")) ? DatabaseMode.Embedded : DatabaseMode.Postgres;

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = Mode(configuration);
        services.AddSingleton(new DatabaseInfo(mode));
        if (mode == DatabaseMode.Postgres)
        {
            var connection = configuration.GetConnectionString("Postgres")!;
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => ConfigurePostgres(o, connection));
        }
        else
        {
            var path = configuration["Database:SqlitePath"] ?? Path.Combine("data", "opencommissioning.db");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => ConfigureSqlite(o, $"Data Source={path}"));
        }
        return services;
    }

    public static DbContextOptionsBuilder<T> ConfigureSqlite<T>(DbContextOptionsBuilder<T> options, string connection)
        where T : DbContext
    {
        options.UseSqlite(connection, o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
        return options;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connection) =>
        options.UseSqlite(connection).UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder<T> ConfigurePostgres<T>(DbContextOptionsBuilder<T> options, string connection)
        where T : DbContext
    {
        options.UseNpgsql(connection).UseSnakeCaseNamingConvention();
        return options;
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection).UseSnakeCaseNamingConvention();
}

public enum DatabaseMode { Embedded, Postgres }

public sealed record DatabaseInfo(DatabaseMode Mode)
{
    public bool IsPostgres => Mode == DatabaseMode.Postgres;
}
