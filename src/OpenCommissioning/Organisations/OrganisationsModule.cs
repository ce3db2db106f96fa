using Microsoft.AspNetCore.Authorization;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<CurrentOrganisation>();
        services.AddScoped<IAuthorizationHandler, MembershipHandler>();
        services.AddAuthorizationBuilder().AddOrganisationPolicies();
        return services;
    }
}
