namespace MunicipalPrograms.Web.ProgramCache;

/// <summary>
/// A counter per program that PostgreSQL raises, in the same transaction, whenever a row of the program changes
/// (triggers of the migration ProgramStamps, deferred to the commit). A cached copy of a program's data is current exactly
/// while its stamp is the one it was read under: every portal instance checks it with one indexed read per page, so a save
/// or an amendment made through any instance — or by hand in psql — is seen by the next page load everywhere (ADR 0032).
/// </summary>
public sealed class ProgramStamp
{
    /// <summary>The row of what every program reads beside its own rows: municipalities, methodology versions, departments.</summary>
    public const int Shared = 0;

    public int ProgramId { get; set; }
    public long Stamp { get; set; }

    /// <summary>The transaction that raised the stamp last: a transaction writing many rows raises it once.</summary>
    public long LastTransaction { get; set; }
}
