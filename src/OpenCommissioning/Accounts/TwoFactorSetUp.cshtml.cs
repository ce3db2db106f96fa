using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using OpenCommissioning.Platform.Audit;

namespace OpenCommissioning.Accounts;

/// <summary>
/// Sets up an authenticator app (TOTP), or, for someone who already has one but signed in before two factors were
/// required of them, checks a code. Either way the session is then marked as signed in with two factors.
/// </summary>
public sealed partial class TwoFactorSetUpModel(UserManager<Account> users, SignInManager<Account> signIn,
    TwoFactorRequirement requirement, SignInAudit audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the security code"),
     RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits, like 123456")]
    public string Code { get; set; } = "";

    public bool AlreadyEnabled { get; private set; }
    public bool Required { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        await DescribeAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        if (ModelState.IsValid)
        {
            var code = Code.Replace(" ", "").Trim();
            if (await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                if (!account.TwoFactorEnabled)
                {
                    await users.SetTwoFactorEnabledAsync(account, true);
                    await audit.RecordAsync(AuditActions.TwoFactorEnabled, account.Email!, account.Id);
                }
                await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "mfa")]);
                TempData["Notice"] = "Two-factor authentication is on";
                return Redirect("/account");
            }
            ModelState.AddModelError(nameof(Code), "The security code is not correct. Check the key you entered in the app, then enter the code it shows now");
        }
        await DescribeAsync(account);
        return Page();
    }

    private async Task DescribeAsync(Account account)
    {
        AlreadyEnabled = account.TwoFactorEnabled;
        Required = await requirement.AppliesToAsync(User);
        if (AlreadyEnabled) return;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);
        }
        FormattedKey = string.Join(' ', Chunks().Matches(key!.ToLowerInvariant()).Select(m => m.Value));
        AuthenticatorUri = $"otpauth://totp/OpenCommissioning:{Uri.EscapeDataString(account.Email!)}?secret={key}&issuer=OpenCommissioning&digits=6";
        // A PNG in a data URI: the page needs no script and the CSP allows data: images only.
        using var qr = new QRCodeGenerator().CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
    }

    [GeneratedRegex(".{1,4}")]
    private static partial Regex Chunks();
}
