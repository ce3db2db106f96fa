using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace OpenCommissioning.Notices;

public static class NoticesModule
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration("Notices");
        services.AddScoped(s => new TenderValidation(s.GetRequiredService<IOptions<NoticeOptions>>().Value));
        services.AddScoped<NoticeBook>();
        services.AddScoped<NoticeDrafts>();
        services.AddScoped<ParentContractCheck>();
        services.AddScoped<NoticeDocuments>();
        services.AddScoped<DocumentWithdrawals>();
        services.AddScoped<NoticePublisher>();
        services.AddScoped<IAuthorizationHandler, PublisherHandler>();
        services.AddAuthorizationBuilder().AddPublisherPolicy();
        services.Configure<RazorPagesOptions>(o => o.AddNoticeConventions());
        return services;
    }
}
