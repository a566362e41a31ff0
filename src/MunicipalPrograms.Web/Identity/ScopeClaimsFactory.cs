using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.Access;

namespace MunicipalPrograms.Web.Identity;

/// <summary>Puts the department and municipality into the sign-in cookie, so no request looks the user up again.</summary>
public sealed class ScopeClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserScope.FullNameClaim, user.FullName));
        if (user.DepartmentId is { } d) identity.AddClaim(new Claim(UserScope.DepartmentClaim, d.ToString()));
        if (user.MunicipalityId is { } m) identity.AddClaim(new Claim(UserScope.MunicipalityClaim, m.ToString()));
        if (user.MustChangePassword) identity.AddClaim(new Claim(Accounts.PasswordChangeGate.Claim, "1"));
        return identity;
    }
}
