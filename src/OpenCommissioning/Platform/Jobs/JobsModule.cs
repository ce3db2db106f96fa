namespace OpenCommissioning.Platform.Jobs;

public static class JobsModule
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<JobQueue>();
        services.AddScoped<JobClaimer>();
        services.AddSingleton<JobWorker>();
        // Tests turn the background loop off and drive the queue themselves, so they never race it.
        if (configuration.GetValue("Jobs:RunInBackground", true))
            services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        return services;
    }
}
