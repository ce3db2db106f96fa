using OpenCommissioning.Platform.Data;

namespace OpenCommissioning.Opportunities.Alerts;

/// <summary>
/// The address in an alert's List-Unsubscribe header (RFC 8058). A mail client's own unsubscribe button POSTs
/// "List-Unsubscribe=One-Click" to it, without cookies or an anti-forgery token: the signed token is the permission,
/// and only a POST with that body unsubscribes, so link scanners that fetch it change nothing.
/// </summary>
internal static class OneClickUnsubscribe
{
    public const string Path = "/alerts/unsubscribe/one-click";

    public static IEndpointRouteBuilder MapOneClickUnsubscribe(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, UnsubscribeAsync).AllowAnonymous().DisableAntiforgery();
        // Someone who opens the address in a browser gets the page with its button, which asks before acting.
        app.MapGet(Path, (string? token) => Results.Redirect(OpportunityLinks.Unsubscribe(token ?? ""), permanent: false, preserveMethod: false))
            .AllowAnonymous();
        return app;
    }

    private static async Task<IResult> UnsubscribeAsync(HttpRequest request, string? token, AppDbContext db, UnsubscribeTokens tokens,
        CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form is null || form["List-Unsubscribe"] != "One-Click")
            return Results.Text("Send List-Unsubscribe=One-Click as a form to unsubscribe.", statusCode: StatusCodes.Status400BadRequest);
        if (tokens.Read(token) is not { } id || await db.Set<SavedSearch>().FindAsync([id], cancellationToken) is not { } search)
            return Results.Text("This unsubscribe link is not valid. Sign in to manage your saved searches.", statusCode: StatusCodes.Status400BadRequest);
        search.Frequency = AlertFrequency.Off;
        await db.SaveChangesAsync(cancellationToken);
        return Results.Text("You have unsubscribed. You will get no more emails about this saved search.");
    }
}
