using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCommissioning.Organisations.Members;

namespace OpenCommissioning.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<CurrentOrganisation>();
        services.AddScoped<OrganisationMembers>();
        services.AddScoped<InvitationEmails>();
        services.AddScoped<IAuthorizationHandler, MembershipHandler>();
        services.AddAuthorizationBuilder().AddOrganisationPolicies();
        services.Configure<RazorPagesOptions>(o => o.AddOrganisationConventions());
        return services;
    }
}
