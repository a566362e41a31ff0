using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Access;

/// <summary>
/// Which programs a user sees. Finance and Viewer see every program of their municipality (or of all,
/// when not bound to one); an executor sees the programs where their department is the responsible
/// executor, a co-executor or an executor of an activity. Applied in SQL, so a foreign id is a 404.
/// </summary>
public static class ProgramAccess
{
    public static IQueryable<MunicipalProgram> Visible(this IQueryable<MunicipalProgram> programs, UserScope user) => user.Role switch
    {
        Roles.Administrator => programs,
        Roles.Finance or Roles.Viewer when user.MunicipalityId is { } m => programs.Where(p => p.MunicipalityId == m),
        Roles.Finance or Roles.Viewer => programs,
        Roles.Executor when user.DepartmentId is { } d => programs.Where(p =>
            p.ResponsibleExecutorId == d
            || p.CoExecutors.Any(c => c.DepartmentId == d)
            || p.Activities.Any(a => a.Executors.Any(e => e.DepartmentId == d))),
        _ => programs.Where(_ => false),
    };
}
