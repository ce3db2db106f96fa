namespace OpenCommissioning.OpenData;

public static class OpenDataModule
{
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<ReleaseStore>();
        return services;
    }
}
