namespace MunicipalPrograms.Web.Tests.AccessMatrix;

/// <summary>
/// Who may reach what: one row per endpoint of the portal (<see cref="PortalEndpoints"/> names them), written by hand
/// from the rules (docs/architecture.md «Sign-in, roles, who sees what», Web/Access, ADRs) and never computed.
/// <para>
/// Columns of <c>Expect</c>, in this order: anonymous · viewer · kozh.admin (responsible executor of KZH-MP-01) ·
/// kozh.culture (its co-executor, executor of some activities) · aleksin.uorio (executor of another municipality) ·
/// finance · admin. A cell is a status (200, 204, 400, 403, 404, 405…), <c>L</c> (302 to the login page),
/// <c>R</c> (302 elsewhere) or <c>A</c> (allowed: passed authorization — any answer but 401/403/404/405, the login
/// page or a 5xx; for posts with harmless bodies refused by validation, 400/409/422 included).
/// </para>
/// <para>
/// Url placeholders: {kzh} KZH-MP-01 (Кожевниковский, with an open amendment draft), {alx} the Алексин program,
/// {kps} KPS-PM-2022 (Копейск, a submitted half-year report), {kzhM} Кожевниковский municipality, {culture} its
/// department «culture», {viewerId} the viewer's user id, {activity} / {indicator} keys of the draft's plan.
/// Posts are sent with a valid antiforgery token and the given body; they are kept harmless (stale versions, missing
/// reasons, unknown ids) because the class's database is shared by the rows.
/// </para>
/// </summary>
public static class AuthorizationMatrix
{
    public sealed record Row(string Endpoint, string Url, string Expect, string Body = "", bool OwnSession = false)
    {
        public bool IsGet => Endpoint.StartsWith("GET ", StringComparison.Ordinal) || Endpoint.StartsWith("ANY ", StringComparison.Ordinal);
        public override string ToString() => $"{Endpoint} → {Url}";
    }

    public static readonly string[] Users = ["", "viewer", "kozh.admin", "kozh.culture", "aleksin.uorio", "finance", "admin"];

    private static Row R(string endpoint, string url, string expect, string body = "", bool ownSession = false) => new(endpoint, url, expect, body, ownSession);

    //                                                                                           anon view exec co   for  fin  adm
    public static readonly Row[] Rows =
    [
        R("ANY health", "/health",                                                              "200  200  200  200  200  200  200"),
        R("ANY Error", "/Error",                                                                "500  500  500  500  500  500  500"),
        R("ANY Error/{code:int}", "/Error/404",                                                 "404  404  404  404  404  404  404"),
        R("ANY Home/Index/{id?}", "/",                                                          "L    R    R    R    R    R    R"),

        // Account: sign-in, own password and sessions; the sign-in log is the administrators'.
        R("GET Account/Login/{id?}", "/Account/Login",                                          "200  200  200  200  200  200  200"),
        R("POST Account/Login/{id?}", "/Account/Login",                                         "A    A    A    A    A    A    A", "UserName=nobody&Password=wrong"),
        R("GET Account/KeepAlive/{id?}", "/Account/KeepAlive",                                  "L    204  204  204  204  204  204"),
        R("GET Account/ChangePassword/{id?}", "/Account/ChangePassword",                        "L    200  200  200  200  200  200"),
        R("POST Account/ChangePassword/{id?}", "/Account/ChangePassword",                       "L    A    A    A    A    A    A"),
        R("GET Account/Sessions/{id?}", "/Account/Sessions",                                    "L    200  200  200  200  200  200"),
        R("POST Account/EndSession/{id?}", "/Account/EndSession/0",                             "L    A    A    A    A    A    A"),
        R("POST Account/EndOtherSessions/{id?}", "/Account/EndOtherSessions",                   "L    A    A    A    A    A    A", ownSession: true),
        // Signing out ends on the login page, signed in or not.
        R("POST Account/Logout/{id?}", "/Account/Logout",                                       "L    L    L    L    L    L    L", ownSession: true),
        R("GET Account/SignInLog/{id?}", "/Account/SignInLog",                                  "L    403  403  403  403  403  200"),

        // Administration of municipalities, departments, methodology, campaign: administrators only.
        R("GET Admin", "/Admin",                                                                "L    403  403  403  403  403  200"),
        R("GET Admin/Municipalities/New", "/Admin/Municipalities/New",                          "L    403  403  403  403  403  200"),
        R("GET Admin/Municipalities/{municipalityId:int}", "/Admin/Municipalities/{kzhM}",      "L    403  403  403  403  403  200"),
        R("POST Admin/Municipalities/Save", "/Admin/Municipalities/Save",                       "L    403  403  403  403  403  A"),
        R("GET Admin/Municipalities/{municipalityId:int}/Departments", "/Admin/Municipalities/{kzhM}/Departments", "L 403 403 403 403 403 200"),
        R("GET Admin/Municipalities/{municipalityId:int}/Departments/New", "/Admin/Municipalities/{kzhM}/Departments/New", "L 403 403 403 403 403 200"),
        R("GET Admin/Municipalities/{municipalityId:int}/Departments/{departmentId:int}", "/Admin/Municipalities/{kzhM}/Departments/{culture}", "L 403 403 403 403 403 200"),
        R("POST Admin/Municipalities/{municipalityId:int}/Departments/Save", "/Admin/Municipalities/{kzhM}/Departments/Save", "L 403 403 403 403 403 A"),
        R("POST Admin/Municipalities/{municipalityId:int}/Departments/{departmentId:int}/Close", "/Admin/Municipalities/{kzhM}/Departments/{culture}/Close", "L 403 403 403 403 403 A"),
        R("POST Admin/Municipalities/{municipalityId:int}/Departments/{departmentId:int}/Merge", "/Admin/Municipalities/{kzhM}/Departments/{culture}/Merge", "L 403 403 403 403 403 A"),
        R("GET Admin/Municipalities/{municipalityId:int}/Methodology", "/Admin/Municipalities/{kzhM}/Methodology", "L 403 403 403 403 403 200"),
        R("POST Admin/Municipalities/{municipalityId:int}/Methodology", "/Admin/Municipalities/{kzhM}/Methodology", "L 403 403 403 403 403 A", "HighLower=abc"),
        R("GET Admin/Municipalities/{municipalityId:int}/Campaign", "/Admin/Municipalities/{kzhM}/Campaign", "L 403 403 403 403 403 200"),
        R("POST Admin/Municipalities/{municipalityId:int}/Campaign", "/Admin/Municipalities/{kzhM}/Campaign", "L 403 403 403 403 403 A", "Deadline=abc"),
        R("GET Admin/Users", "/Admin/Users",                                                    "L    403  403  403  403  403  200"),
        R("GET Admin/Users/New", "/Admin/Users/New",                                            "L    403  403  403  403  403  200"),
        R("GET Admin/Users/{userId}", "/Admin/Users/{viewerId}",                                "L    403  403  403  403  403  200"),
        R("POST Admin/Users/Save", "/Admin/Users/Save",                                         "L    403  403  403  403  403  A"),
        R("POST Admin/Users/{userId}/Block", "/Admin/Users/no-such-user/Block",                 "L    403  403  403  403  403  404"),
        R("POST Admin/Users/{userId}/Unblock", "/Admin/Users/no-such-user/Unblock",              "L    403  403  403  403  403  404"), // a real user's sessions would end
        R("POST Admin/Users/{userId}/ResetPassword", "/Admin/Users/no-such-user/ResetPassword", "L    403  403  403  403  403  404"),
        R("GET Admin/Outbox", "/Admin/Outbox",                                                  "L    403  403  403  403  403  200"),
        R("POST Admin/Outbox/{id:long}/Resend", "/Admin/Outbox/0/Resend",                       "L    403  403  403  403  403  404"),

        // Notifications: everyone's own.
        R("GET Notifications/Index/{id?}", "/Notifications",                                    "L    200  200  200  200  200  200"),
        R("GET Notifications/Open/{id?}", "/Notifications/Open/0",                              "L    404  404  404  404  404  404"),
        R("POST Notifications/Read/{id?}", "/Notifications/Read/0",                             "L    404  404  404  404  404  404"), // only one's own
        R("POST Notifications/ReadAll/{id?}", "/Notifications/ReadAll",                         "L    A    A    A    A    A    A"),
        R("POST Notifications/Email/{id?}", "/Notifications/Email",                             "L    A    A    A    A    A    A", "mode=nonsense"),

        // Programs: everyone signed in sees the registry; a program outside one's scope is a 404; creation is Finance's.
        R("GET Programs/Index/{id?}", "/Programs",                                              "L    200  200  200  200  200  200"),
        R("GET Programs/Details/{id?}", "/Programs/Details/{kzh}",                              "L    200  200  200  404  200  200"),
        R("GET Programs/Create/{id?}", "/Programs/Create",                                      "L    403  403  403  403  200  200"),
        R("POST Programs/Create/{id?}", "/Programs/Create",                                     "L    403  403  403  403  A    A"),
        R("GET Programs/{id:int}/Versions", "/Programs/{kzh}/Versions",                         "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/AsOf", "/Programs/{kzh}/AsOf?date=01.01.2022",                 "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Diff", "/Programs/{kzh}/Diff?to=4",                            "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Diff", "/Programs/{kzh}/Diff?draft=1",                         "L    403  200  403  404  200  200"), // the editor's and the reviewers'

        // The draft workflow: the responsible executor opens and sends; Finance returns, agrees, approves.
        R("POST Programs/{id:int}/Draft/Open", "/Programs/{kzh}/Draft/Open",                    "L    403  A    403  404  403  A"),
        R("POST Programs/{id:int}/Draft/Return", "/Programs/{kzh}/Draft/Return",                "L    403  403  403  404  A    A"),
        R("POST Programs/{id:int}/Draft/Agree", "/Programs/{kzh}/Draft/Agree",                  "L    403  403  403  404  A    A"),
        R("POST Programs/{id:int}/Draft/Approve", "/Programs/{kzh}/Draft/Approve",              "L    403  403  403  404  A    A"),
        R("POST Programs/{id:int}/Complete", "/Programs/{kzh}/Complete",                        "L    403  403  403  404  A    A"),
        R("POST Programs/{id:int}/Terminate", "/Programs/{kzh}/Terminate",                      "L    403  403  403  404  A    A"),

        // The draft's pages: everyone who sees the program reads them; executors edit within DraftRights.
        R("GET Programs/{id:int}/Draft", "/Programs/{kzh}/Draft",                               "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Draft/Passport", "/Programs/{kzh}/Draft/Passport",             "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Passport", "/Programs/{kzh}/Draft/Passport",            "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Subprograms", "/Programs/{kzh}/Draft/Subprograms",       "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Subprograms", "/Programs/{kzh}/Draft/Subprograms",      "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Goals", "/Programs/{kzh}/Draft/Goals",                   "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Goals", "/Programs/{kzh}/Draft/Goals",                  "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Activities", "/Programs/{kzh}/Draft/Activities",         "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Draft/Activities/New", "/Programs/{kzh}/Draft/Activities/New", "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Draft/Activities/{key:int}", "/Programs/{kzh}/Draft/Activities/{activity}", "L 200 200 200 404 200 200"),
        R("POST Programs/{id:int}/Draft/Activities/Save", "/Programs/{kzh}/Draft/Activities/Save", "L  403  A    A    404  403  A", "Version=0"),
        R("POST Programs/{id:int}/Draft/Activities/Move", "/Programs/{kzh}/Draft/Activities/Move", "L  403  A    A    404  403  A", "key={activity}&direction=up&version=0"),
        R("POST Programs/{id:int}/Draft/Activities/Remove", "/Programs/{kzh}/Draft/Activities/Remove", "L 403 A   A    404  403  A", "key={activity}&version=0"),
        R("GET Programs/{id:int}/Draft/Passports", "/Programs/{kzh}/Draft/Passports",           "L    200  200  200  404  200  200"),
        R("GET Programs/{id:int}/Draft/Passports/{key:int}", "/Programs/{kzh}/Draft/Passports/{indicator}", "L 200 200 200 404 200 200"),
        R("POST Programs/{id:int}/Draft/Passports/Save", "/Programs/{kzh}/Draft/Passports/Save", "L   403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/CapitalObjects", "/Programs/{kzh}/Draft/CapitalObjects", "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/CapitalObjects", "/Programs/{kzh}/Draft/CapitalObjects", "L   403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Resources", "/Programs/{kzh}/Draft/Resources",           "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Resources", "/Programs/{kzh}/Draft/Resources",          "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Indicators", "/Programs/{kzh}/Draft/Indicators",         "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Indicators", "/Programs/{kzh}/Draft/Indicators",        "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Funding", "/Programs/{kzh}/Draft/Funding",               "L    200  200  200  404  200  200"),
        R("POST Programs/{id:int}/Draft/Funding", "/Programs/{kzh}/Draft/Funding",              "L    403  A    A    404  403  A", "Version=0"),
        R("GET Programs/{id:int}/Draft/Excel/Template", "/Programs/{kzh}/Draft/Excel/Template", "L    403  200  200  404  403  200"),
        R("GET Programs/{id:int}/Draft/Excel", "/Programs/{kzh}/Draft/Excel",                   "L    200  200  200  404  200  200"), // readers: the page says why not
        R("POST Programs/{id:int}/Draft/Excel", "/Programs/{kzh}/Draft/Excel",                  "L    403  A    A    404  403  A"),
        R("POST Programs/{id:int}/Draft/Excel/Apply", "/Programs/{kzh}/Draft/Excel/Apply",      "L    403  A    A    404  403  A"),

        // Campaign dashboard (ADR 0028): the finance department's and administrators' to read; conclusions are the
        // finance department's only.
        R("GET Dashboard/Index/{id?}", "/Dashboard",                                            "L    403  403  403  403  200  200"),
        R("GET Dashboard/Program/{id?}", "/Dashboard/Program/{kzh}",                            "L    403  403  403  403  200  200"),
        R("POST Dashboard/Program/{id:int}/Conclusion", "/Dashboard/Program/{kzh}/Conclusion",  "L    403  403  403  403  A    403",
            "Year=2025&Period=Year&Decision=Bogus&Text=x&Version=0"),

        // The public part and open data (ADR 0027): everyone, signed in or not; only what is approved or accepted.
        R("GET public", "/public",                                                              "200  200  200  200  200  200  200"),
        R("GET public/programs/{id:int}", "/public/programs/{alx}",                             "200  200  200  200  200  200  200"),
        R("GET public/evaluation/{id:int}", "/public/evaluation/{alx}?year=2024",               "200  200  200  200  200  200  200"),
        R("GET open-data", "/open-data",                                                        "200  200  200  200  200  200  200"),
        R("GET open-data/{code}.csv", "/open-data/programs.csv",                                "200  200  200  200  200  200  200"),
        R("GET open-data/{code}.json", "/open-data/evaluations.json",                           "200  200  200  200  200  200  200"),

        // Evaluation: every signed-in user; one program's, as the program's visibility.
        R("ANY Evaluation/Index/{id?}", "/Evaluation",                                          "L    200  200  200  200  200  200"),
        R("ANY Evaluation/Program/{id?}", "/Evaluation/Program/{kzh}",                          "L    200  200  200  404  200  200"),

        // Trends of the indices (issue 12, ADR 0030): Finance and administrators, as the dashboard.
        R("GET Dashboard/Trends", "/Dashboard/Trends",                                          "L    403  403  403  403  200  200"),
        R("GET Dashboard/Program/{id:int}/Trend", "/Dashboard/Program/{kzh}/Trend",             "L    403  403  403  403  200  200"),

        // Forms: a program's follow the program's visibility; those over all programs are Finance's, admins' and viewers'.
        R("GET forms/programs/{id:int}/{form}/{format?}", "/forms/programs/{kzh}/passport",     "L    200  200  200  404  200  200"),
        R("GET forms/programs/{id:int}/{form}/{format?}", "/forms/programs/{kzh}/passport/xlsx", "L   200  200  200  404  200  200"),
        R("GET forms/{form}/{format?}", "/forms/registry",                                      "L    200  403  403  403  200  200"),
        R("GET forms/{form}/{format?}", "/forms/consolidated?year=2021",                        "L    200  403  403  403  200  200"),

        // Reports: executors enter (a co-executor its activities), the responsible executor submits, everyone who
        // sees the program reads; remarks are Finance's, answered by the executors.
        R("GET Reports/Index/{id?}", "/Reports",                                                "L    200  200  200  200  200  200"),
        R("GET Reports/Edit/{id?}", "/Reports/Edit/{kzh}?year=2021",                            "L    200  200  200  404  200  200"),
        R("POST Reports/Edit/{id?}", "/Reports/Edit/{kzh}?year=2025&period=Year",               "L    403  A    A    404  403  403", "Version=0"),
        R("POST Reports/Preview/{id?}", "/Reports/Preview/{kzh}?year=2025&period=Year",         "L    403  A    A    404  403  403"),
        R("POST Reports/Submit/{id?}", "/Reports/Submit/{kzh}?year=2025&period=Year",           "L    403  A    403  404  403  403"),
        R("GET Reports/History/{id?}", "/Reports/History/{kzh}?year=2021",                      "L    200  200  200  404  200  200"),
        // An unknown remark is a 404 to everyone who sees the report; who answers and closes: tests/Remarks.
        R("POST Reports/AddRemark/{id?}", "/Reports/AddRemark/{kzh}?year=2025&period=Year",     "L    403  403  403  404  A    A", "subject=Indicator&subjectId=0&text="),
        R("POST Reports/AnswerRemark/{id?}", "/Reports/AnswerRemark/{kzh}?year=2025&period=Year", "L  404  404  404  404  404  404", "remarkId=0&version=0&answer="),
        R("POST Reports/CloseRemark/{id?}", "/Reports/CloseRemark/{kzh}?year=2025&period=Year", "L    404  404  404  404  404  404", "remarkId=0&version=0"),
        R("GET ReportImport/Template/{id?}", "/ReportImport/Template/{kzh}?year=2021",          "L    403  200  200  404  403  403"),
        R("GET ReportImport/Index/{id?}", "/ReportImport/Index/{kzh}?year=2021",                "L    403  200  200  404  403  403"),
        R("POST ReportImport/Index/{id?}", "/ReportImport/Index/{kzh}?year=2025&period=Year",   "L    403  A    A    404  403  403"),
        R("POST ReportImport/Apply/{id?}", "/ReportImport/Apply/{kzh}?year=2025&period=Year",   "L    403  A    A    404  403  403"),

        // Review: Finance and administrators only.
        R("GET Review/Index/{id?}", "/Review",                                                  "L    403  403  403  403  200  200"),
        R("GET Review/Accept/{id?}", "/Review/Accept/{kps}?year=2022&period=HalfYear",          "L    403  403  403  403  200  200"),
        R("POST Review/Accept/{id?}", "/Review/Accept/{kps}?year=2022&period=HalfYear",         "L    403  403  403  403  A    A"),
        R("POST Review/Return/{id?}", "/Review/Return/{kps}?year=2022&period=HalfYear",         "L    403  403  403  403  A    A", "reason="),
        R("POST Review/Reopen/{id?}", "/Review/Reopen/{kps}?year=2022&period=HalfYear",         "L    403  403  403  403  A    A", "reason="),
        // Last of the posts: the draft's sending is done for real (its draft stays sent), and nothing after it edits the draft.
        R("POST Programs/{id:int}/Draft/Send", "/Programs/{kzh}/Draft/Send",                    "L    403  A    403  404  403  A"),
        R("POST Review/Extend/{id?}", "/Review/Extend/{kps}?year=2022&period=HalfYear",         "L    403  403  403  403  A    A", "deadline=abc&reason="),
    ];
}
