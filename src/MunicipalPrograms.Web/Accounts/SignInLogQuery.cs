using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>The administrator's «Журнал входа»: the latest attempts, failures only on request.</summary>
public sealed class SignInLogQuery(AppDbContext db)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<SignInAttempt>> LatestAsync(bool failuresOnly) =>
        await db.SignInAttempts.AsNoTracking()
            .Where(a => !failuresOnly || a.Outcome != SignInOutcomes.Succeeded)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(PageSize).ToListAsync();
}
